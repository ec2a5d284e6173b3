// library: express (error messages echoed as HTML)
const express = require('express');
const escapeHtml = require('escape-html');

const app = express();
app.use(express.text());

function parseFilter(raw) {
  const m = /^(\w+):(.*)$/.exec(raw);
  if (!m) throw new Error(`Invalid filter "${raw}"`);
  return { field: m[1], value: m[2] };
}

app.get('/reports', (req, res) => {
  try {
    const filter = parseFilter(String(req.query.filter));
    res.json(filter);
  } catch (err) {
    // expect: xss
    res.status(400).send('<p class="error">' + err.message + '</p>');
  }
});

app.get('/reports/safe', (req, res) => {
  try {
    res.json(parseFilter(String(req.query.filter)));
  } catch (err) {
    res.status(400).send('<p class="error">' + escapeHtml(err.message) + '</p>');
  }
});

app.get('/reports/api', (req, res) => {
  try {
    res.json(parseFilter(String(req.query.filter)));
  } catch (err) {
    res.status(400).json({ error: err.message });
  }
});

module.exports = app;
