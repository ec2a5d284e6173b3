// Notification dropdown for the web client.
import { api } from './api';
import DOMPurify from 'dompurify';

const list = document.querySelector('#notifications');
const badge = document.querySelector('#notifications-badge');

export async function refresh() {
  const items = await api.get('/notifications');
  list.innerHTML = '';
  for (const n of items) {
    const li = document.createElement('li');
    // expect: xss
    li.innerHTML = `<strong>${n.actor}</strong> ${n.message}`;
    list.appendChild(li);
  }
  badge.textContent = String(items.length);
}

export function showToast(message) {
  const toast = document.getElementById('toast');
  // expect: xss
  toast.innerHTML = message;
  toast.hidden = false;
}

export class SearchBox {
  constructor(root) {
    this.root = root;
    this.results = root.querySelector('.results');
  }

  render(query, hits) {
    // expect: xss
    this.results.innerHTML = '<p>Results for ' + query + '</p>';
    hits.forEach((h) => {
      // expect: xss
      this.results.innerHTML += '<a href="' + h.url + '">' + h.title + '</a>';
    });
  }
}

window.addEventListener('hashchange', () => {
  // expect: xss
  document.querySelector('#section-title').innerHTML = decodeURIComponent(location.hash.slice(1));
});

// Safe look-alikes: clearing, text nodes, and sanitised markup.
export function clear() {
  list.innerHTML = '';
  badge.textContent = '0';
}

export function showRich(html) {
  document.getElementById('rich').innerHTML = DOMPurify.sanitize(html);
}
