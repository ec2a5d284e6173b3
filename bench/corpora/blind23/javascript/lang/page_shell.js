// lang: server-side page shell with inline bootstrap data
const Mustache = require('mustache');
const Handlebars = require('handlebars');
const serialize = require('serialize-javascript');

const SHELL = '<html><head><title>{{title}}</title></head><body>{{{body}}}</body></html>';

function renderShell(title, bodyHtml) {
  return Mustache.render(SHELL, { title, body: bodyHtml });
}

function disableEscaping() {
  // expect: xss
  Mustache.escape = function (text) { return text; };
}

function compileCard(tpl) {
  // expect: xss
  return Handlebars.compile(tpl, { noEscape: true });
}

function compileCardSafe(tpl) {
  return Handlebars.compile(tpl);
}

function bootstrapScript(state) {
  // expect: xss
  return `<script>window.__STATE__ = ${JSON.stringify(state)}</script>`;
}

function bootstrapScriptSafe(state) {
  return `<script>window.__STATE__ = ${serialize(state, { isJSON: true })}</script>`;
}

function bootstrapUnsafeSerialize(state) {
  // expect: xss
  return '<script>var cfg = ' + serialize(state, { unsafe: true }) + ';</script>';
}

function analyticsTag(siteId) {
  const id = String(siteId).replace(/[^A-Z0-9-]/gi, '');
  return `<script async src="https://stats.example.com/s.js?id=${id}"></script>`;
}

function userScriptTag(src) {
  // expect: xss
  return '<script src="' + src + '"></script>';
}

module.exports = { renderShell, disableEscaping, compileCard, compileCardSafe, bootstrapScript, bootstrapScriptSafe, bootstrapUnsafeSerialize, analyticsTag, userScriptTag };
