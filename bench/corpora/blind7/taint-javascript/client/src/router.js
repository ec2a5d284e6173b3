import DOMPurify from 'dompurify';

const outlet = document.getElementById('app');
const titleEl = document.querySelector('h1.page-title');

function param(name) {
  return new URLSearchParams(window.location.search).get(name);
}

function renderSearch() {
  const q = param('q') || '';
  // expect: xss
  outlet.innerHTML = `<p>Results for <strong>${q}</strong></p><ul id="results"></ul>`;
}

function renderSearchSafe() {
  const q = param('q') || '';
  outlet.textContent = '';
  const p = document.createElement('p');
  p.textContent = `Results for ${q}`;
  outlet.appendChild(p);
}

function renderTitle() {
  const t = decodeURIComponent(window.location.hash.slice(1));
  titleEl.textContent = t || 'Home';
}

function renderNotice() {
  const msg = param('notice');
  if (!msg) return;
  // expect: xss
  document.getElementById('notice').insertAdjacentHTML('beforeend', '<div class="notice">' + msg + '</div>');
}

function renderHelp() {
  const html = param('help');
  if (html) {
    document.getElementById('help').innerHTML = DOMPurify.sanitize(html);
  }
}

function followNext() {
  const next = param('next');
  if (next && next.startsWith('/') && !next.startsWith('//')) {
    window.location.assign(next);
  }
}

function followAny() {
  const target = param('target');
  if (target) {
    // expect: open-redirect
    window.location.assign(target);
  }
}

window.addEventListener('message', (event) => {
  if (event.origin !== 'https://widgets.example.com') return;
  document.getElementById('widget').textContent = String(event.data);
});

window.addEventListener('message', (event) => {
  const { action, code } = event.data || {};
  if (action === 'run') {
    // expect: code-injection
    setTimeout(code, 0);
  }
});

export function route() {
  switch (window.location.pathname) {
    case '/search':
      renderSearch();
      break;
    case '/search2':
      renderSearchSafe();
      break;
    default:
      renderTitle();
  }
  renderNotice();
  renderHelp();
  followNext();
  followAny();
}
