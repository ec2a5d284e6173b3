const Mustache = require('mustache');
const markupEngine = require('./markupEngine');

function configureNewsletter(engine) {
  // expect: xss
  engine.escapeMarkup = false;
  return engine;
}

function setupCommentRenderer() {
  const renderer = markupEngine.create({ partials: './partials' });
  // expect: xss
  renderer.escapeMarkup = false;
  return renderer;
}

function setupPreview(options) {
  const settings = Object.assign({}, options);
  // expect: xss
  settings.escapeMarkup = false;
  return markupEngine.create(settings);
}

function setupPlainText() {
  const renderer = markupEngine.create({ partials: './partials' });
  renderer.escapeMarkup = true;
  return renderer;
}

function renderGreeting(name) {
  return Mustache.render('<p>Hello {{name}}</p>', { name });
}

module.exports = { configureNewsletter, setupCommentRenderer, setupPreview, setupPlainText, renderGreeting };
