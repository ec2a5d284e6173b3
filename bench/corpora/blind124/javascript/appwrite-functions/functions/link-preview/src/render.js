function escapeHtml(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export function renderCard({ title, description }) {
  return `<article class="card"><h3>${title}</h3><p>${escapeHtml(description)}</p></article>`;
}

export function renderError(message) {
  return `<p class="error">${escapeHtml(message)}</p>`;
}
