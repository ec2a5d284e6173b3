/**
 * Help-centre widget: reads the page URL and messages from the host page.
 */
import DOMPurify from 'dompurify';

const TRUSTED_ORIGIN = 'https://app.example.com';
const params = new URLSearchParams(window.location.search);

export function renderSearchHeading(el) {
  const q = params.get('q') || '';
  // expect: tainted-xss
  el.innerHTML = '<h2>Results for “' + q + '”</h2>';
}

export function renderSearchHeadingSafe(el) {
  const h = document.createElement('h2');
  h.textContent = `Results for “${params.get('q') || ''}”`;
  el.replaceChildren(h);
}

export function renderArticle(el, html) {
  el.innerHTML = DOMPurify.sanitize(html);
}

export function followReturn() {
  const back = params.get('return');
  if (back) {
    // expect: tainted-redirect
    window.location.href = back;
  }
}

export function followReturnSafe() {
  const back = params.get('return') || '/';
  const url = new URL(back, window.location.origin);
  if (url.origin === window.location.origin) window.location.assign(url.pathname + url.search);
}

export function showHashTopic() {
  const topic = decodeURIComponent(window.location.hash.slice(1));
  // expect: tainted-xss
  document.getElementById('topic').insertAdjacentHTML('afterbegin', `<b>${topic}</b>`);
}

export function trackReferrer() {
  const ref = document.referrer;
  // expect: tainted-xss
  document.write('<img src="/px.gif?ref=' + ref + '">');
}

window.addEventListener('message', (event) => {
  if (event.origin !== TRUSTED_ORIGIN) return;
  const { type, payload } = event.data || {};
  if (type === 'title') document.title = String(payload);
});

window.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'banner') {
    // expect: tainted-xss
    document.querySelector('#banner').innerHTML = data.html;
  }
  if (data.type === 'run') {
    // expect: tainted-eval
    new Function(data.code)();
  }
});

export function embedVideo(el) {
  const id = params.get('v') || '';
  const frame = document.createElement('iframe');
  frame.src = 'https://www.youtube-nocookie.com/embed/' + encodeURIComponent(id);
  el.appendChild(frame);
}
