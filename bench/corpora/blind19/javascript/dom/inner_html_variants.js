// DOM: innerHTML / outerHTML / insertAdjacentHTML from the URL and from fetched comments
import DOMPurify from 'dompurify';

const params = new URLSearchParams(window.location.search);
const greeting = document.getElementById('greeting');
const list = document.querySelector('#comments');
const banner = document.querySelector('.banner');

const name = params.get('name') || 'guest';
// expect: xss
greeting.innerHTML = `<b>Welcome back, ${name}!</b>`;

export async function loadComments(postId) {
  const res = await fetch(`/api/posts/${encodeURIComponent(postId)}/comments`);
  const comments = await res.json();
  list.innerHTML = '';
  for (const c of comments) {
    // expect: xss
    list.insertAdjacentHTML('beforeend', '<li class="comment">' + c.body + '</li>');
  }
}

export function showNotice() {
  const msg = decodeURIComponent(window.location.hash.slice(1));
  // expect: xss
  banner.outerHTML = '<div class="banner notice">' + msg + '</div>';
}

export function renderSafely(comments) {
  list.innerHTML = '';
  for (const c of comments) {
    const li = document.createElement('li');
    li.className = 'comment';
    li.textContent = c.body;
    list.appendChild(li);
  }
}

export function renderRich(html) {
  const box = document.getElementById('rich');
  box.innerHTML = DOMPurify.sanitize(html);
}

greeting.insertAdjacentHTML('afterend', '<hr class="divider">');
