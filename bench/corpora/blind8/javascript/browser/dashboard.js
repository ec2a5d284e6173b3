// library: DOM APIs
import DOMPurify from 'dompurify';

const params = new URLSearchParams(window.location.search);

export function renderWelcome() {
  const name = params.get('name') || 'there';
  // expect: xss
  document.getElementById('welcome').innerHTML = `Hi ${name}!`;
}

export function renderWelcomeSafe() {
  document.getElementById('welcome').textContent = `Hi ${params.get('name') || 'there'}!`;
}

export async function renderNews() {
  const res = await fetch('/api/news');
  const items = await res.json();
  const list = document.getElementById('news');
  list.innerHTML = '';
  for (const item of items) {
    const li = document.createElement('li');
    li.innerHTML = DOMPurify.sanitize(item.summaryHtml);
    list.appendChild(li);
  }
}

export function renderError(message) {
  const box = document.getElementById('error');
  // expect: xss
  box.insertAdjacentHTML('beforeend', '<p class="err">' + message + '</p>');
}

export function legacyAd(slot) {
  const src = params.get('adsrc');
  // expect: xss
  document.write('<script src="' + src + '"></script>');
  slot.innerHTML = '<div class="ad-placeholder"></div>';
}

export function goNext() {
  const next = params.get('next');
  if (next && next.startsWith('/') && !next.startsWith('//')) {
    window.location.assign(next);
  }
}

export function goNextUnchecked() {
  // expect: open-redirect
  window.location.href = params.get('next');
}
