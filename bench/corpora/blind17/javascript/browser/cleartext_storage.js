// library: browser storage (Web Storage, document.cookie)
export function rememberLogin(form) {
  const username = form.elements.username.value;
  const password = form.elements.password.value;
  localStorage.setItem('username', username);
  // expect: cleartext-storage
  localStorage.setItem('password', password);
}

export function saveCard(card) {
  // expect: cleartext-storage
  sessionStorage.setItem('checkout', JSON.stringify({ number: card.number, cvc: card.cvc, name: card.name }));
  sessionStorage.setItem('checkout-last4', card.number.slice(-4));
}

export function rememberTheme(theme) {
  localStorage.setItem('theme', theme);
  document.cookie = `theme=${encodeURIComponent(theme)}; path=/; max-age=31536000; SameSite=Lax`;
}

export function rememberUser(userId) {
  localStorage.setItem('lastUserId', String(userId));
}
