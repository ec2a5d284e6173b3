/* global $ */
import DOMPurify from 'dompurify';

export function showFlash(message) {
  // expect: xss
  $('#flash').html('<div class="alert">' + message + '</div>');
}

export function showFlashSafe(message) {
  $('#flash').empty().append($('<div class="alert">').text(message));
}

export function addRow(item) {
  // expect: xss
  $('table#items tbody').append(`<tr><td>${item.name}</td><td>${item.note}</td></tr>`);
}

export function addRowCount(count) {
  $('#count').html(`<b>${Number(count)}</b>`);
}

export function notifyParent(state) {
  // expect: postmessage-wildcard
  window.parent.postMessage({ type: 'state', state }, '*');
}

export function notifyParentPinned(state) {
  window.parent.postMessage({ type: 'state', state }, 'https://app.example.com');
}

export function refreshLater(fnName) {
  // expect: code-injection
  setTimeout('window.' + fnName + '()', 1000);
}

export function refreshLaterSafe() {
  setTimeout(() => window.location.reload(), 1000);
}

export function writeAd(html) {
  // expect: xss
  document.write(html);
}

export function renderBio(bio) {
  document.querySelector('#bio').innerHTML = DOMPurify.sanitize(bio);
}

export function renderStatic() {
  document.querySelector('#icon').innerHTML = '<svg viewBox="0 0 16 16"><path d="M0 0h16v16H0z"/></svg>';
}

export function renderTooltip(el, text) {
  // expect: xss
  el.outerHTML = '<span class="tip">' + text + '</span>';
}
