// Runs on /login/done after the auth server redirects back to us.
import { storeSession } from './session.js';

const ALLOWED_HOSTS = new Set(['example-shop.com', 'help.example-shop.com']);

function sameSitePath(value) {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\');
}

function allowedAbsolute(value) {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && ALLOWED_HOSTS.has(url.hostname);
  } catch (e) {
    return false;
  }
}

export function finishLogin() {
  const params = new URLSearchParams(window.location.search);
  storeSession(params.get('session'));

  const next = params.get('next');
  if (sameSitePath(next) || allowedAbsolute(next)) {
    window.location.href = next;
    return;
  }
  window.location.href = '/account';
}

export function finishLegacyLogin() {
  const params = new URLSearchParams(window.location.search);
  storeSession(params.get('session'));
  // the old mobile app still sends ?continue= with a full URL
  // expect: open-redirect
  window.location.replace(params.get('continue') || '/account');
}

export function handleExpired() {
  const hash = decodeURIComponent(window.location.hash.slice(1));
  if (hash) {
    // expect: open-redirect
    location.href = hash;
    return;
  }
  location.href = '/login';
}

export function goToHelp(topic) {
  window.location.href = '/help/' + encodeURIComponent(topic);
}
