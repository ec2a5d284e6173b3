'use strict';

function escapeHtml(value) {
	return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function renderBadge(label, standard) {
	return `<div class="badge"><span>${label}</span><span>${escapeHtml(standard)}</span></div>`;
}

module.exports = { renderBadge, escapeHtml };
