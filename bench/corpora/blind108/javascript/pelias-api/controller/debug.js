const escapeHtml = require('escape-html');
const fs = require('fs');
const path = require('path');

const ATTRIBUTION_DIR = path.join(__dirname, '..', 'public', 'attribution');

function explain(req, res) {
  const parsed = req.clean.parsed_text || {};
  const rows = Object.keys(parsed).map((k) => `<tr><td>${escapeHtml(k)}</td><td>${escapeHtml(String(parsed[k]))}</td></tr>`);
  const title = req.clean.text;
  res.type('html');
  // expect: xss
  res.send(`<html><body><h1>Parse of ${title}</h1><table>${rows.join('')}</table></body></html>`);
}

function explainSafe(req, res) {
  res.type('html');
  res.send(`<h1>Parse of ${escapeHtml(req.clean.text)}</h1>`);
}

function attribution(req, res) {
  const file = path.join(ATTRIBUTION_DIR, `${req.clean.lang}.md`);
  res.type('text/markdown').send(fs.readFileSync(file, 'utf8'));
}

function attributionRaw(req, res) {
  const lang = req.clean.rawLang;
  // expect: path-traversal
  const body = fs.readFileSync(path.join(ATTRIBUTION_DIR, lang + '.md'), 'utf8');
  res.type('text/markdown').send(body);
}

module.exports = { explain, explainSafe, attribution, attributionRaw };
