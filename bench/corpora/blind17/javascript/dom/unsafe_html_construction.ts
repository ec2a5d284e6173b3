// library: DOM (exported widget helpers) + DOMPurify
import DOMPurify from 'dompurify';

export interface Notice {
  title: string;
  body: string;
}

export function renderNotice(container: HTMLElement, notice: Notice): void {
  // expect: xss
  container.innerHTML = `<div class="notice"><h3>${notice.title}</h3><p>${notice.body}</p></div>`;
}

export function renderTooltip(anchor: HTMLElement, text: string): void {
  // expect: xss
  anchor.insertAdjacentHTML('afterend', '<span class="tip">' + text + '</span>');
}

export function renderNoticeSafe(container: HTMLElement, notice: Notice): void {
  const box = document.createElement('div');
  box.className = 'notice';
  const h = document.createElement('h3');
  h.textContent = notice.title;
  const p = document.createElement('p');
  p.textContent = notice.body;
  box.append(h, p);
  container.replaceChildren(box);
}

export function renderRichNotice(container: HTMLElement, html: string): void {
  container.innerHTML = DOMPurify.sanitize(html);
}

export function renderSpinner(container: HTMLElement): void {
  container.innerHTML = '<div class="spinner" aria-busy="true"></div>';
}
