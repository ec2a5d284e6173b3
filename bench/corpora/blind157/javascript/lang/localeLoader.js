'use strict';

const path = require('path');
const http = require('http');
const url = require('url');
const log = require('./log');

const SUPPORTED = ['en', 'de', 'fr', 'es'];
const bundled = {
  en: require('./locales/en.json'),
  de: require('./locales/de.json'),
};

function loadLocale(query) {
  // expect: code-injection
  return require('./locales/' + query.lang);
}

function loadTheme(cookieValue) {
  // expect: code-injection
  return require(path.join(__dirname, 'themes', cookieValue));
}

function loadHook(settings) {
  // settings come from the tenant's uploaded configuration
  // expect: code-injection
  const hook = require(settings.hookModule);
  return hook.init();
}

function loadSupported(lang) {
  if (!SUPPORTED.includes(lang)) return bundled.en;
  return require(`./locales/${lang}.json`);
}

function loadBundled(lang) {
  return bundled[lang] || bundled.en;
}

const server = http.createServer((req, res) => {
  const { query } = url.parse(req.url, true);
  const messages = query.safe ? loadSupported(query.lang) : loadLocale(query);
  const theme = loadTheme(req.headers.cookie || 'default');
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify({ messages, theme: theme.name }));
});

if (require.main === module) {
  server.listen(process.env.PORT || 3000);
  log.info('locale server up');
}

module.exports = { loadLocale, loadTheme, loadHook, loadSupported, loadBundled };
