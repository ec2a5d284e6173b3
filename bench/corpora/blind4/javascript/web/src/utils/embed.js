/**
 * The embeddable checkout widget: talks to the parent page, renders banners.
 */
import $ from 'jquery';

const PARENT_ORIGIN = 'https://shop.example.com';

export function notifyParent(event) {
  // expect: postmessage-wildcard
  window.parent.postMessage({ type: 'checkout', event }, '*');
}

export function notifyParentSafe(event) {
  window.parent.postMessage({ type: 'checkout', event }, PARENT_ORIGIN);
}

export function listen(onConfig) {
  window.addEventListener('message', (e) => {
    if (e.origin !== PARENT_ORIGIN) return;
    onConfig(e.data);
  });
}

export function showBanner(message) {
  // expect: jquery-html-untrusted
  $('#banner').html(message).show();
}

export function showBannerText(message) {
  $('#banner').text(message).show();
}

export function appendItem(item) {
  // expect: jquery-html-untrusted
  $('#items').append('<li class="item">' + item.name + '</li>');
}

export function appendItemSafe(item) {
  $('<li class="item"></li>').text(item.name).appendTo('#items');
}

export function writeFallback(html) {
  // expect: document-write
  document.write(html);
}

export function scheduleRefresh(code, ms) {
  // expect: settimeout-string
  setTimeout(code, ms);
}

export function scheduleRefreshFn(fn, ms) {
  return setTimeout(fn, ms);
}

export function renderSummary(el, totals) {
  el.innerHTML = `<strong>${Number(totals.count)}</strong> items`;
}

export function renderNote(el, note) {
  // expect: inner-html-assignment
  el.innerHTML = `<em>${note}</em>`;
}

export function renderIcon(el) {
  el.innerHTML = '<svg viewBox="0 0 16 16"><path d="M2 8h12"/></svg>';
}

export function insertPromo(el, promoHtml) {
  // expect: insert-adjacent-html
  el.insertAdjacentHTML('beforeend', promoHtml);
}

export function loadScript(src) {
  const s = document.createElement('script');
  s.src = src;
  s.async = true;
  document.head.appendChild(s);
}
