// Search results rendered by joining HTML fragments.
function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

export function renderResult(item) {
  // expect: xss
  return ['<li class="result">', item.title, '</li>'].join('');
}

export function renderCard(user) {
  const parts = [
    '<div class="card">',
    '<h3>' + user.name + '</h3>',
    '<p>' + user.bio + '</p>',
    '</div>',
  ];
  // expect: xss
  document.querySelector('#cards').innerHTML += parts.join('\n');
}

export function renderTags(tags) {
  const html = tags.map((t) => `<span class="tag">${t}</span>`);
  // expect: xss
  return ['<div class="tags">', ...html, '</div>'].join(' ');
}

export function bannerFromQuery() {
  const msg = new URLSearchParams(location.search).get('msg');
  // expect: xss
  document.getElementById('banner').innerHTML = ['<strong>', msg, '</strong>'].join('');
}

class Breadcrumbs {
  constructor(root) { this.root = root; }
  render(trail) {
    // expect: xss
    this.root.innerHTML = [this.root.dataset.prefix, '<a href="/">Home</a> / ', trail.label].join('');
  }
}

// Safe look-alikes: escaped values, and text-only joins.
export function renderSafe(item) {
  return ['<li class="result">', escapeHtml(item.title), '</li>'].join('');
}

export function csvLine(row) {
  return [row.id, row.name, row.email].join(',');
}

export function setStatus(el, words) {
  el.textContent = ['Status:', ...words].join(' ');
}

export { Breadcrumbs };
