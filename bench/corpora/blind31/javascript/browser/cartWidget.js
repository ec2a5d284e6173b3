import escapeHtml from 'escape-html';

const list = document.querySelector('#cart-items');
const banner = document.querySelector('#promo-banner');

export function renderCart(items) {
  // expect: xss
  list.innerHTML = items.map((item) => ['<li class="cart-item">', item.name, ' &times; ', item.qty, '</li>'].join('')).join('');
}

export function renderPromo() {
  const params = new URLSearchParams(window.location.search);
  const code = params.get('promo');
  // expect: xss
  banner.insertAdjacentHTML('beforeend', ['<div class="promo">Code <b>', code, '</b> applied</div>'].join(''));
}

export async function renderRecommendations(container) {
  const res = await fetch('/api/recommendations');
  const recs = await res.json();
  for (const r of recs) {
    // expect: xss
    container.insertAdjacentHTML('beforeend', ['<a class="rec" href="', r.url, '">',
      r.title, '</a>'].join(''));
  }
}

export function renderBreadcrumb(nav) {
  const crumb = decodeURIComponent(window.location.hash.slice(1));
  // expect: xss
  nav.innerHTML = ['<span class="crumb">Home</span>', '<span class="crumb">' + crumb + '</span>'].join(' / ');
}

export function renderSafeCart(items) {
  list.innerHTML = items.map((item) => ['<li class="cart-item">', escapeHtml(item.name), '</li>'].join('')).join('');
}

export function cartSummary(items) {
  const names = items.map((i) => i.name).join(', ');
  banner.textContent = names;
  banner.className = ['promo', items.length ? 'promo--full' : 'promo--empty'].join(' ');
}
