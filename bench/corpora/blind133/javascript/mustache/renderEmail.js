'use strict';

const Mustache = require("mustache");
const fs = require('fs');
const path = require('path');

const TEMPLATE_DIR = path.join(__dirname, 'templates');

function passthrough(value) {
  return String(value);
}

function loadTemplate(name) {
  return fs.readFileSync(path.join(TEMPLATE_DIR, name + '.mustache'), 'utf8');
}

function renderDigest(user, posts) {
  // expect: xss
  Mustache.escape = passthrough;
  return Mustache.render(loadTemplate('digest'), { user, posts });
}

function renderSms(order) {
  // expect: xss
  Mustache.escape = (text) => text;
  return Mustache.render('Order {{number}} is {{status}}', order);
}

function renderMarkdownNote(note) {
  // expect: xss
  Mustache.escape = function (text) { return String(text).replace(/\*/g, '\\*'); };
  return Mustache.render(loadTemplate('note'), note);
}

function renderReceipt(order) {
  return Mustache.render(loadTemplate('receipt'), order);
}

function renderGreeting(user) {
  const name = Mustache.escape(user.displayName);
  return Mustache.render('<p>Hello {{{name}}}</p>', { name });
}

module.exports = { renderDigest, renderSms, renderMarkdownNote, renderReceipt, renderGreeting };
