// Single-page dashboard bootstrap.
import DOMPurify from 'dompurify';

const params = new URLSearchParams(window.location.search);
const hash = decodeURIComponent(window.location.hash.slice(1));

function showWelcome() {
  const name = params.get('name') || 'guest';
  const el = document.getElementById('welcome');
  // expect: xss
  el.innerHTML = `<h2>Welcome, ${name}</h2>`;
}

function showWelcomeSafe() {
  const name = params.get('name') || 'guest';
  document.getElementById('welcome').textContent = `Welcome, ${name}`;
}

function showTab() {
  const panel = document.querySelector('#panel');
  // expect: xss
  panel.insertAdjacentHTML('beforeend', '<div class="tab">' + hash + '</div>');
}

function showNotice() {
  const notice = params.get('notice');
  if (notice) document.getElementById('notice').innerHTML = DOMPurify.sanitize(notice);
}

function followReturn() {
  const ret = params.get('return');
  // expect: open-redirect
  window.location.href = ret;
}

function followReturnSafe() {
  const ret = params.get('return') || '/';
  if (ret.startsWith('/') && !ret.startsWith('//')) window.location.assign(ret);
}

window.addEventListener('message', (event) => {
  const { action, payload } = event.data || {};
  if (action === 'run') {
    // expect: code-injection
    eval(payload);
  }
  if (action === 'title') {
    document.title = String(payload);
  }
});

function delayed() {
  const cb = params.get('cb');
  // expect: code-injection
  setTimeout('window.' + cb + '()', 500);
}

function legacyBanner() {
  // expect: xss
  document.write('<div class="banner">' + hash + '</div>');
}

showWelcome();
showWelcomeSafe();
showTab();
showNotice();
export { followReturn, followReturnSafe, delayed, legacyBanner };
