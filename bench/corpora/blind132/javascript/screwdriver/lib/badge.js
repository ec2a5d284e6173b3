'use strict';

const COLORS = { SUCCESS: '#4c1', FAILURE: '#e05d44', RUNNING: '#dfb317' };

function escapeXml(value) {
    return String(value).replace(/[<>&"']/g, c => `&#${c.charCodeAt(0)};`);
}

function renderBadge(label, status, colors = COLORS) {
    const color = colors[status] || '#9f9f9f';

    return `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="20">` +
        `<text x="5" y="14">${label}</text>` +
        `<rect x="70" width="50" height="20" fill="${color}"/>` +
        `<text x="75" y="14">${escapeXml(status)}</text></svg>`;
}

module.exports = { renderBadge, escapeXml };
