'use strict';

const Handlebars = require('handlebars');
const ejs = require('ejs');
const _ = require('lodash');
const fs = require('fs');
const path = require('path');

const VIEWS = path.join(__dirname, '..', 'views');
const invoiceTpl = Handlebars.compile(fs.readFileSync(path.join(VIEWS, 'invoice.hbs'), 'utf8'));

function renderInvoice(data) {
  return invoiceTpl(data);
}

function renderNote(data) {
  // expect: xss
  const tpl = Handlebars.compile('<div class="note">{{body}}</div>', { noEscape: true });
  return tpl(data);
}

function renderCustom(userTemplate, data) {
  // expect: template-injection
  return ejs.render(userTemplate, data);
}

function renderCustomLodash(userTemplate, data) {
  // expect: template-injection
  return _.template(userTemplate)(data);
}

function renderPage(name, data) {
  return ejs.renderFile(path.join(VIEWS, `${path.basename(name)}.ejs`), data);
}

Handlebars.registerHelper('upper', (s) => String(s).toUpperCase());
Handlebars.registerHelper('bold', (s) => new Handlebars.SafeString('<b>' + Handlebars.escapeExpression(s) + '</b>'));

module.exports = { renderInvoice, renderNote, renderCustom, renderCustomLodash, renderPage };
