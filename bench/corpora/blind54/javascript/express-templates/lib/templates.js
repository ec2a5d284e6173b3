const ejs = require('ejs');
const pug = require('pug');
const Handlebars = require('handlebars');
const nunjucks = require('nunjucks');
const _ = require('lodash');

const env = new nunjucks.Environment(new nunjucks.FileSystemLoader('views'), { autoescape: true });

const compiled = {
  welcome: Handlebars.compile('<h1>Welcome, {{name}}</h1><p>{{message}}</p>'),
  invoice: _.template('<p>Invoice <%- number %> for <%- customer %></p>'),
};

function renderNamed(name, data) {
  const tpl = compiled[name];
  if (!tpl) throw new Error(`unknown template ${name}`);
  return tpl(data);
}

function renderFile(name, data) {
  return env.render(`${name}.njk`, data);
}

function renderInline(source, data) {
  // expect: template-injection
  return nunjucks.renderString(source, data);
}

module.exports = { ejs, pug, Handlebars, _, renderNamed, renderFile, renderInline };
