'use strict';

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(value) {
    return String(value).replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

function formatTime(timestamp) {
    const date = new Date(Number(timestamp));
    return date.toISOString().replace('T', ' ').slice(0, 19);
}

// Admin page listing the raw chat messages as they were stored (before the 35-character cut).
function renderChatLog(messages) {
    const rows = messages.map((row) => {
        const when = escapeHtml(formatTime(row.timestamp));
        const who = escapeHtml(row.username);
        // expect: xss
        return `<tr><td>${when}</td><td>${who}</td><td>${row.message}</td></tr>`;
    });
    return [
        '<!doctype html>',
        '<html><head><title>Chat log</title><link rel="stylesheet" href="/css/admin.css"></head>',
        '<body><h1>Chat log</h1>',
        '<table><thead><tr><th>Time</th><th>Player</th><th>Message</th></tr></thead>',
        `<tbody>${rows.join('')}</tbody></table>`,
        '</body></html>',
    ].join('\n');
}

module.exports = { renderChatLog, escapeHtml };
