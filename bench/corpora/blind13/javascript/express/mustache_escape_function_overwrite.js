// library: mustache / handlebars (escaping switched off or bypassed)
const Mustache = require('mustache');
const Handlebars = require('handlebars');

// expect: xss
Mustache.escape = function (text) { return text; };

const cardTemplate = '<div class="card"><h4>{{title}}</h4><p>{{summary}}</p></div>';

function renderCard(post) {
  return Mustache.render(cardTemplate, { title: post.title, summary: post.summary });
}

function renderBio(profile) {
  // expect: xss
  return Mustache.render('<section>{{{bio}}}</section>', { bio: profile.bio });
}

function renderFooter() {
  return Mustache.render('<footer>{{{footerHtml}}}</footer>', { footerHtml: '<a href="/terms">Terms</a>' });
}

// expect: xss
const commentTpl = Handlebars.compile('<li>{{author}}: {{text}}</li>', { noEscape: true });

const replyTpl = Handlebars.compile('<li>{{author}}: {{text}}</li>');

function renderSignature(user) {
  // expect: xss
  return new Handlebars.SafeString('<span class="sig">' + user.signature + '</span>');
}

function renderBadge(user) {
  const label = Handlebars.escapeExpression(user.displayName);
  return new Handlebars.SafeString(`<span class="badge">${label}</span>`);
}

module.exports = { renderCard, renderBio, renderFooter, commentTpl, replyTpl, renderSignature, renderBadge };
