// Math.random: the hand-rolled "uuid v4" polyfill, used as a CSRF token in a browser app
function uuidv4() {
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, function (c) {
    // expect: insecure-random
    const r = (Math.random() * 16) | 0;
    const v = c === 'x' ? r : (r & 0x3) | 0x8;
    return v.toString(16);
  });
}

function secureUuid() {
  if (window.crypto && window.crypto.randomUUID) return window.crypto.randomUUID();
  const bytes = window.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function initForms() {
  const token = uuidv4();
  document.cookie = 'csrf=' + token + '; path=/; SameSite=Strict';
  document.querySelectorAll('form').forEach(function (f) {
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = '_csrf';
    input.value = token;
    f.appendChild(input);
  });
}

function tooltipId() {
  return 'tt-' + Math.random().toString(36).slice(2, 8);
}

function nonceForRequest() {
  return secureUuid();
}

document.addEventListener('DOMContentLoaded', initForms);
window.__ui = { tooltipId, nonceForRequest };
