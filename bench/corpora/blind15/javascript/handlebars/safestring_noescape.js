// library: handlebars
const Handlebars = require('handlebars');

Handlebars.registerHelper('bio', (text) => {
  // expect: xss
  return new Handlebars.SafeString(`<div class="bio">${text}</div>`);
});

Handlebars.registerHelper('badge', (label) => {
  const safe = Handlebars.escapeExpression(label);
  return new Handlebars.SafeString(`<span class="badge">${safe}</span>`);
});

Handlebars.registerHelper('divider', () => new Handlebars.SafeString('<hr class="divider">'));

// expect: xss
const commentTemplate = Handlebars.compile('<p>{{author}}: {{body}}</p>', { noEscape: true });
const postTemplate = Handlebars.compile('<article><h2>{{title}}</h2>{{bio author}}</article>');
const textTemplate = Handlebars.compile('{{author}} wrote: {{body}}', { noEscape: true });

function renderComment(comment) {
  return commentTemplate(comment);
}

function renderPost(post) {
  return postTemplate(post);
}

function renderPlainNotification(comment) {
  return textTemplate(comment);
}

module.exports = { renderComment, renderPost, renderPlainNotification };
