'use strict';

const serialize = require('serialize-javascript');
const { loadUserPrefs, loadFlags, fetchAnalyticsConfig, buildPageTitle, escapeHtml } = require('./pageData');

// Server-side page shell: values from other modules are placed in <script> tags.
async function renderShell(res, userId) {
  const prefs = await loadUserPrefs(userId);
  // expect: xss
  res.send('<!doctype html><script>window.__PREFS__ = ' + prefs + ';</script><div id="root"></div>');
}

function flagsTag(h, env) {
  const flags = loadFlags(env);
  // expect: xss
  return h.response('<script>var FLAGS = ' + flags + ';</script>').type('text/html');
}

async function analyticsSnippet(write, siteId) {
  const cfg = await fetchAnalyticsConfig(siteId);
  // expect: xss
  write(`<script src="${cfg.scriptUrl}" data-site="${cfg.siteKey}"></script>`);
}

function injectGreeting(template, params) {
  const name = params.get('name');
  // expect: xss
  return template.replace('<!--BOOT-->', '<script>var greetName = "' + name + '";</script>');
}

// Safe look-alikes: escaped JSON, constant script tags, values outside script.
async function renderSafeShell(res, userId) {
  const prefs = await loadUserPrefs(userId);
  res.send('<script>window.__PREFS__ = ' + serialize(prefs, { isJSON: true }) + ';</script>');
}

function titleTag(page) {
  const title = buildPageTitle(page);
  return '<title>' + escapeHtml(title) + '</title>';
}

function vendorTag(write) {
  write('<script src="/static/vendor.js" defer></script>');
}

module.exports = { renderShell, flagsTag, analyticsSnippet, injectGreeting, renderSafeShell, titleTag, vendorTag };
