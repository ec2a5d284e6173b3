import { renderRow } from './templates';

export function showMessage(el, message) {
  // expect: xss
  el.innerHTML = message;
}

export function replaceRow(row, item) {
  // expect: xss
  row.outerHTML = renderRow(item);
}

export function injectAd(adMarkup) {
  // expect: xss
  document.write(adMarkup);
}

export class Toasts {
  constructor(root) {
    this.root = root;
  }

  show(items) {
    const titles = items.map((t) => t.title);
    // expect: xss
    this.root.innerHTML = titles.map((title) => `<li class="toast">${title}</li>`).join('');
  }
}

export function loadWidget(cdn) {
  // expect: xss
  document.write('<script src="' + cdn + '/widget.js"></script>');
}

export function clear(el) {
  el.innerHTML = '';
}

export function showText(el, message) {
  el.textContent = message;
}

export function loading() {
  document.write('<p class="loading">Loading…</p>');
}
