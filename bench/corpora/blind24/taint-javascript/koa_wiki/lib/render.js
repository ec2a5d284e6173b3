// Page rendering helpers for the wiki.
const escapeHtml = require('escape-html');
const ejs = require('ejs');

function pageHtml(title, body) {
  return `<html><head><title>${escapeHtml(title)}</title></head><body>${body}</body></html>`;
}

function renderCustom(template, data) {
  // expect: template-injection
  return ejs.render(template, data);
}

module.exports = { pageHtml, renderCustom, escapeHtml };
