// library: DOM (location assignments)
const ALLOWED = ['https://app.example.com', 'https://docs.example.com'];

export function continueAfterLogin() {
  const next = new URLSearchParams(window.location.search).get('next');
  // expect: open-redirect
  window.location.href = next;
}

export function continueAfterLoginSafe() {
  const next = new URLSearchParams(window.location.search).get('next') || '/';
  const url = new URL(next, window.location.origin);
  if (url.origin === window.location.origin) {
    window.location.assign(url.pathname + url.search);
  }
}

export function followHash() {
  // expect: open-redirect
  window.location.replace(decodeURIComponent(window.location.hash.slice(1)));
}

export function goToPartner(target) {
  const url = new URL(target);
  if (ALLOWED.includes(url.origin)) window.location.href = url.href;
}

export function openReturn() {
  const ret = new URLSearchParams(window.location.search).get('return');
  // expect: open-redirect
  window.location = ret;
}

export function goHome() {
  window.location.href = '/';
}
