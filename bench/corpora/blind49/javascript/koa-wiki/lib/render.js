'use strict';

const marked = require('marked');
const sanitizeHtml = require('sanitize-html');
const Handlebars = require('handlebars');

const layout = Handlebars.compile(
  '<!doctype html><html><head><title>{{title}}</title></head><body>{{{content}}}</body></html>',
);

function renderPage(page) {
  const html = sanitizeHtml(marked.parse(page.body || ''));
  return layout({ title: page.title, content: html });
}

function renderBanner(text) {
  return `<div class="banner">${text}</div>`;
}

// Renders a page preview with the template the editor typed in.
function renderCustom(source, data) {
  // expect: template-injection
  const tpl = Handlebars.compile(source);
  return tpl(data);
}

function renderFixed(data) {
  const tpl = Handlebars.compile('<h2>{{name}}</h2><p>{{summary}}</p>');
  return tpl(data);
}

module.exports = { renderPage, renderBanner, renderCustom, renderFixed };
