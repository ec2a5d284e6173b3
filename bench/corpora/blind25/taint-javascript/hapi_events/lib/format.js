// Formatting helpers.
const Hoek = require('@hapi/hoek');

function titleHtml(title) {
  return `<h2>${Hoek.escapeHtml(title)}</h2>`;
}

function titleHtmlRaw(title) {
  return `<h2>${title}</h2>`;
}

module.exports = { titleHtml, titleHtmlRaw };
