// library: hand-written URL / origin checks (used by the router before navigating)
const TRUSTED = 'example.com';

export function isTrustedTarget(target) {
  // expect: url-validation
  return target.includes(TRUSTED);
}

export function isTrustedOrigin(origin) {
  // expect: url-validation
  return /^https:\/\/app.example.com/.test(origin);
}

export function isSafeLink(href) {
  // expect: url-validation
  return !href.startsWith('javascript:');
}

export function isTrustedTargetStrict(target) {
  const url = new URL(target, window.location.origin);
  return url.protocol === 'https:' && (url.hostname === TRUSTED || url.hostname.endsWith('.' + TRUSTED));
}

export function isTrustedOriginStrict(origin) {
  return /^https:\/\/app\.example\.com$/.test(origin);
}

export function isSafeLinkStrict(href) {
  const url = new URL(href, window.location.origin);
  return url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'mailto:';
}

export function isImagePath(p) {
  return p.includes('/static/img/');
}
