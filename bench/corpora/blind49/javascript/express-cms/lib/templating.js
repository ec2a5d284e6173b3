const ejs = require('ejs');
const pug = require('pug');
const _ = require('lodash');

const BANNER = ejs.compile('<div class="flash"><%= message %></div>');
const RAW_BANNER = ejs.compile('<div class="flash"><%- message %></div>');

function banner(message) {
  return BANNER({ message });
}

function rawBanner(message) {
  // expect: xss
  return RAW_BANNER({ message });
}

function card(title, body) {
  return pug.render('article\n  h2= title\n  p= body', { title, body });
}

function richCard(title, body) {
  // expect: xss
  return pug.render('article\n  h2= title\n  div.body!= body', { title, body });
}

function fromUserTemplate(source, data) {
  // expect: template-injection
  const compiled = _.template(source);
  return compiled(data);
}

function fromNamedTemplate(name, data) {
  const templates = {
    welcome: _.template('<p>Welcome, <%- name %>!</p>'),
    goodbye: _.template('<p>Bye, <%- name %>.</p>'),
  };
  const tpl = templates[name] || templates.welcome;
  return tpl(data);
}

module.exports = { banner, rawBanner, card, richCard, fromUserTemplate, fromNamedTemplate };
