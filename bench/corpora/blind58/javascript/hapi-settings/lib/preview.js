'use strict';

const Hoek = require('@hapi/hoek');

function settingsTable(settings, heading) {
  const rows = Object.entries(settings)
    .map(([k, v]) => `<tr><td>${Hoek.escapeHtml(k)}</td><td>${Hoek.escapeHtml(String(v))}</td></tr>`)
    .join('');
  return `<h2>${heading}</h2><table>${rows}</table>`;
}

module.exports = { settingsTable };
