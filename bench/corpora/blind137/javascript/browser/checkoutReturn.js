// Runs on /checkout/return and /login pages.

function currentParams() {
  return new URLSearchParams(window.location.search);
}

function afterPayment() {
  const params = currentParams();
  if (params.get('status') === 'paid') {
    // expect: open-redirect
    window.location.href = params.get('next');
  }
}

async function afterLogin(form) {
  const res = await fetch('/api/session', { method: 'POST', body: new FormData(form) });
  const data = await res.json();
  if (data.ok) {
    // expect: open-redirect
    location.replace(data.redirectUrl);
  }
}

function followHashTarget() {
  if (location.hash.length > 1) {
    // expect: open-redirect
    location.href = decodeURIComponent(location.hash.slice(1));
  }
}

function goToLogin() {
  window.location.href = '/login';
}

function openOrder(id) {
  window.location.href = '/orders/' + encodeURIComponent(id);
}

function goBackSafely() {
  const next = currentParams().get('back') || '/';
  const url = new URL(next, window.location.origin);
  if (url.origin === window.location.origin) {
    window.location.assign(url.pathname + url.search);
  }
}

document.addEventListener('DOMContentLoaded', () => {
  afterPayment();
  followHashTarget();
  const form = document.querySelector('#login-form');
  if (form) {
    form.addEventListener('submit', (e) => { e.preventDefault(); afterLogin(form); });
  }
});

window.checkoutNav = { goToLogin, openOrder, goBackSafely };
