'use strict';

// In-memory search over the product catalogue for the public storefront API.
const catalogue = require('./catalogue');

function escapeRegExp(text) {
  return String(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const SKU_PATTERN = new RegExp('^[A-Z]{3}-\\d{4}$');

function findByName(term) {
  // expect: code-injection
  const re = new RegExp(term, 'i');
  return catalogue.all().filter((p) => re.test(p.name));
}

function findByPrefix(prefix) {
  const re = new RegExp('^' + escapeRegExp(prefix), 'i');
  return catalogue.all().filter((p) => re.test(p.name));
}

function findByTag(tag) {
  // expect: code-injection
  const re = RegExp('(^|,)' + tag + '(,|$)');
  return catalogue.all().filter((p) => re.test(p.tags.join(',')));
}

function isValidSku(sku) {
  return SKU_PATTERN.test(sku);
}

function highlight(text, words) {
  // expect: code-injection
  const re = new RegExp('(' + words.join('|') + ')', 'gi');
  return text.replace(re, '<mark>$1</mark>');
}

function highlightSafe(text, words) {
  const re = new RegExp('(' + words.map(escapeRegExp).join('|') + ')', 'gi');
  return text.replace(re, '<mark>$1</mark>');
}

function register(router) {
  router.get('/search', (req, res) => {
    res.json(findByName(String(req.query.q || '')));
  });
  router.get('/search/prefix', (req, res) => {
    res.json(findByPrefix(String(req.query.p || '')));
  });
  router.get('/search/tag', (req, res) => {
    res.json(findByTag(String(req.query.tag || '')));
  });
  router.get('/search/highlight', (req, res) => {
    const words = String(req.query.w || '').split(' ').filter(Boolean);
    res.json({ html: highlight(String(req.query.text || ''), words), safe: highlightSafe(String(req.query.text || ''), words) });
  });
}

module.exports = { findByName, findByPrefix, findByTag, isValidSku, highlight, highlightSafe, register };
