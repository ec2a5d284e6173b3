// Renders profile cards with Handlebars.
const Handlebars = require('handlebars');

const card = Handlebars.compile('<div class="card"><h3>{{name}}</h3><p>{{bio}}</p></div>');
// expect: xss
const rawCard = Handlebars.compile('<div class="card"><h3>{{name}}</h3><p>{{bio}}</p></div>', { noEscape: true });

Handlebars.registerHelper('bold', (text) => new Handlebars.SafeString('<b>' + Handlebars.escapeExpression(text) + '</b>'));
// expect: xss
Handlebars.registerHelper('link', (url, label) => new Handlebars.SafeString(`<a href="${url}">${label}</a>`));

function render(profile) {
  return card(profile);
}

function renderRaw(profile) {
  return rawCard(profile);
}

function renderUserTemplate(source, profile) {
  // expect: template-injection
  return Handlebars.compile(source)(profile);
}

module.exports = { render, renderRaw, renderUserTemplate };
