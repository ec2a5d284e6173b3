/* Help-center widgets: search box, tabs, embedded partner frames. */
import DOMPurify from 'dompurify';

const TRUSTED_ORIGIN = 'https://help.example.com';
const params = new URLSearchParams(window.location.search);

export function renderSearchHeading() {
  const q = params.get('q') || '';
  const heading = document.getElementById('results-heading');
  // expect: xss
  heading.innerHTML = `Results for <em>${q}</em>`;
}

export function renderSearchHeadingSafe() {
  const q = params.get('q') || '';
  const heading = document.getElementById('results-heading');
  heading.textContent = `Results for ${q}`;
}

export function openTabFromHash() {
  const tab = decodeURIComponent(location.hash.slice(1));
  const panel = document.querySelector('#tabs');
  // expect: xss
  panel.insertAdjacentHTML('beforeend', '<section class="tab">' + tab + '</section>');
}

export function renderArticle(html) {
  document.getElementById('article').innerHTML = DOMPurify.sanitize(html);
}

window.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'resize') {
    document.getElementById('frame').style.height = `${Number(data.height)}px`;
  }
  if (data.type === 'notice') {
    // expect: xss
    document.getElementById('notice').innerHTML = data.html;
  }
});

window.addEventListener('message', (event) => {
  if (event.origin !== TRUSTED_ORIGIN) return;
  if (event.data.type === 'notice') {
    document.getElementById('notice').innerHTML = DOMPurify.sanitize(event.data.html);
  }
});

export function legacyBanner() {
  const campaign = params.get('utm_campaign');
  // expect: xss
  document.write('<div class="banner">' + campaign + '</div>');
}

export function scheduleRefresh() {
  const cb = params.get('callback') || 'refreshWidgets()';
  // expect: code-injection
  setTimeout(cb, 5000);
}

export function scheduleRefreshSafe() {
  setTimeout(() => window.refreshWidgets?.(), 5000);
}

export function followReturnLink() {
  const ret = params.get('return');
  // expect: open-redirect
  window.location.href = ret;
}

export function followReturnLinkSafe() {
  const ret = new URL(params.get('return') || '/', window.location.origin);
  if (ret.origin === window.location.origin) {
    window.location.assign(ret.pathname + ret.search);
  }
}

export function embedPartner() {
  const src = params.get('partner');
  const frame = document.createElement('iframe');
  // expect: xss
  frame.src = src;
  document.body.appendChild(frame);
}

export function showCount(n) {
  document.getElementById('count').innerHTML = `<b>${Number(n)}</b> results`;
}
