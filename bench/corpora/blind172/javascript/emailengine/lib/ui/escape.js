'use strict';

const ENTITY = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;' };

/** Escapes a value for an HTML text node or a quoted attribute. */
function escapeHtml(value) {
    return String(value === undefined || value === null ? '' : value).replace(/[&<>"'`]/g, ch => ENTITY[ch]);
}

/** Renders a small flash message block used on admin pages. */
function flashBlock(type, message) {
    const kind = ['info', 'warning', 'danger', 'success'].includes(type) ? type : 'info';
    return `<div class="alert alert-${kind}" role="alert">${escapeHtml(message)}</div>`;
}

/** Formats a byte count the way the dashboard shows quotas. */
function formatBytes(bytes) {
    const units = ['B', 'kB', 'MB', 'GB', 'TB'];
    let value = Number(bytes) || 0;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(unit ? 1 : 0)} ${units[unit]}`;
}

/** Shortens a subject line for the message list; the result is still plain text. */
function truncate(text, max = 80) {
    const value = String(text || '');
    return value.length > max ? `${value.slice(0, max - 1)}\u2026` : value;
}

module.exports = { escapeHtml, flashBlock, formatBytes, truncate };
