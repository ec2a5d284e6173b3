// library: DOM (hash router) / DOMPurify
import DOMPurify from 'dompurify';

const views = {
  home: () => '<h1>Home</h1>',
  help: () => '<h1>Help</h1><p>Contact support@example.com</p>',
};

function currentRoute() {
  return decodeURIComponent(location.hash.slice(1));
}

export function render() {
  const route = currentRoute();
  const outlet = document.getElementById('app');
  if (views[route]) {
    outlet.innerHTML = views[route]();
    return;
  }
  // expect: xss
  outlet.innerHTML = `<h1>Not found: ${route}</h1>`;
}

export function renderSafe() {
  const outlet = document.getElementById('app');
  const h1 = document.createElement('h1');
  h1.textContent = `Not found: ${currentRoute()}`;
  outlet.replaceChildren(h1);
}

export function showMessage() {
  const msg = new URLSearchParams(location.search).get('msg');
  if (!msg) return;
  document.getElementById('flash').innerHTML = DOMPurify.sanitize(msg);
}

export function showMessageLegacy() {
  const msg = new URLSearchParams(location.search).get('msg');
  // expect: xss
  document.getElementById('flash').outerHTML = '<div id="flash">' + msg + '</div>';
}

export function continueTo() {
  const to = new URLSearchParams(location.search).get('continue');
  // expect: open-redirect
  location.replace(to);
}

window.addEventListener('hashchange', render);
