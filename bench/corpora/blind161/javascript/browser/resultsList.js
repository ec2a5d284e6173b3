// Search results dropdown for the header search box.
const MAX_ITEMS = 8;

function escapeHtml(text) {
  const div = document.createElement('div');
  div.textContent = text;
  return div.innerHTML;
}

export function renderResults(listEl, query, results) {
  let html = '';
  results.slice(0, MAX_ITEMS).forEach((item) => {
    // expect: xss
    html += '<li class="result"><a href="/p/' + encodeURIComponent(item.slug) + '">' + item.title + '</a></li>';
  });
  if (results.length === 0) {
    // expect: xss
    html = '<li class="empty">No results for "' + query + '"</li>';
  }
  listEl.innerHTML = html;
}

export function renderRecent(listEl, recent) {
  const rows = recent.map((term) => '<li class="recent">' + escapeHtml(term) + '</li>');
  listEl.innerHTML = rows.join('');
}

export function renderCount(el, count) {
  el.innerHTML = '<span class="count">' + Number(count) + '</span> matches';
}

export function renderCategory(el, category) {
  // expect: xss
  el.innerHTML = ['<h4 class="category">', category.label, '</h4>'].join('');
}

export function renderHint(el) {
  el.innerHTML = '<p class="hint">' + 'Press Enter to see all results' + '</p>';
}

export function renderBadge(el, badge) {
  const span = document.createElement('span');
  span.className = 'badge';
  span.textContent = badge.text;
  el.appendChild(span);
}
