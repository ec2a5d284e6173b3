// Client-side rendering of search result cards and the toast messages.
import { escapeHtml } from './escape.js';

const toastEl = document.getElementById('toast');

function cardHtml(item) {
  // expect: xss
  return `<article class="card"><h3>${item.title}</h3>
    <p>${escapeHtml(item.summary)}</p></article>`;
}

export function resultsHtml(items) {
  return items.map(cardHtml).join('');
}

export function renderQueryEcho() {
  const q = new URLSearchParams(location.search).get('q') || '';
  // expect: xss
  document.getElementById('echo').innerHTML = `Results for <mark>${q}</mark>`;
}

export function toast(message, level = 'info') {
  // expect: xss
  toastEl.innerHTML = `<div class="toast toast--${level}">${message}</div>`;
  setTimeout(() => { toastEl.textContent = ''; }, 4000);
}

export class AuthorBadge {
  constructor(user) {
    this.user = user;
  }

  html() {
    const { displayName, profileUrl } = this.user;
    // expect: xss
    return `<a class="author" href="${profileUrl}">` + `${displayName}</a>`;
  }
}

export function renderCount(n) {
  document.getElementById('count').textContent = `${n} results`;
}

export function safeCard(item) {
  return `<article class="card"><h3>${escapeHtml(item.title)}</h3></article>`;
}

export function logRender(items) {
  console.debug(`rendered ${items.length} cards for ${location.pathname}`);
}
