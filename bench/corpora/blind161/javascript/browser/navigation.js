// Small navigation helpers shared by the account pages.
const SAFE_HOSTS = new Set(['shop.example.com', 'help.example.com']);

function isLocalPath(target) {
  return typeof target === 'string' && target.startsWith('/') && !target.startsWith('//');
}

export function goToAfterLogin(returnTo) {
  // expect: open-redirect
  window.location.href = returnTo;
}

export function goToOrder(orderId) {
  window.location.href = '/orders/' + encodeURIComponent(orderId);
}

export function goToHelp(topic) {
  location.href = `/help/${encodeURIComponent(topic)}`;
}

export function continueCheckout(nextUrl) {
  if (isLocalPath(nextUrl)) {
    window.location.replace(nextUrl);
    return;
  }
  window.location.replace('/cart');
}

export function openPartner(url) {
  const parsed = new URL(url, window.location.origin);
  if (!SAFE_HOSTS.has(parsed.hostname)) {
    return false;
  }
  window.location.href = parsed.href;
  return true;
}

export function replaceWith(target) {
  // expect: open-redirect
  location.replace(target);
}

export function handleSsoCallback(params) {
  const state = JSON.parse(atob(params.get('state') || 'e30='));
  // expect: open-redirect
  window.location.href = state.redirect;
}

export function bootNavigation() {
  const params = new URLSearchParams(window.location.search);
  if (params.has('returnTo')) {
    goToAfterLogin(params.get('returnTo'));
  } else if (params.has('go')) {
    replaceWith(params.get('go'));
  } else if (params.has('state')) {
    handleSsoCallback(params);
  }
}
