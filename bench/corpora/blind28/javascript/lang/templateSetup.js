// Configures the template helpers used by the server-rendered widgets.
const templates = require('./templates');
const widgets = require('./widgets');

const renderOptions = { cache: true };
// expect: xss
renderOptions.escapeMarkup = false;

function configureEngine(engine) {
  // expect: xss
  engine.escapeMarkup = false;
  engine.cache = process.env.NODE_ENV === 'production';
  return engine;
}

class WidgetRenderer {
  constructor(settings) {
    this.settings = Object.assign({}, settings);
    // expect: xss
    this.settings.escapeMarkup = false;
  }
}

const select = widgets.select({
  ajax: { url: '/api/tags' },
  // expect: xss
  escapeMarkup: (markup) => markup,
  templateResult: (tag) => `<span class="tag">${tag.text}</span>`,
});

const safeOptions = { cache: true, escapeMarkup: true };
const defaultSelect = widgets.select({ ajax: { url: '/api/users' }, escapeMarkup: widgets.utils.escapeMarkup });
templates.configure(safeOptions);

module.exports = { renderOptions, configureEngine, WidgetRenderer, select, defaultSelect };
