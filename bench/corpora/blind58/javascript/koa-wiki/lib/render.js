'use strict';

const path = require('node:path');
const ejs = require('ejs');
const _ = require('lodash');

const VIEWS = path.join(__dirname, '..', 'views');

function renderPage(view, data) {
  return ejs.renderFile(path.join(VIEWS, `${view}.ejs`), data, { async: true });
}

function renderSnippet(source, data) {
  // expect: template-injection
  return ejs.render(source, data);
}

function renderGreeting(user, lang) {
  const compiled = _.template('<p class="hello"><%- greeting %>, <%- name %></p>');
  return compiled({ greeting: lang === 'de' ? 'Hallo' : 'Hello', name: _.escape(user.name) });
}

function renderSignature(signature) {
  const text = `-- ${signature}`;
  // expect: template-injection
  const compiled = _.template(text);
  return compiled({});
}

module.exports = { renderPage, renderSnippet, renderGreeting, renderSignature };
