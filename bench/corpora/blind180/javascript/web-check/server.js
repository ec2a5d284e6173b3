const express = require('express');
const fs = require('fs');
const path = require('path');
const rateLimit = require('express-rate-limit');

const app = express();
const port = process.env.PORT || 3000;
const API_DIR = path.join(__dirname, 'api');
const REPORT_DIR = path.join(__dirname, 'reports');

// Every file in api/ (not starting with _) becomes an endpoint with the same name.
const handlers = {};
for (const file of fs.readdirSync(API_DIR)) {
  if (file.startsWith('_') || !file.endsWith('.js')) continue;
  const name = file.slice(0, -3);
  handlers[name] = require(path.join(API_DIR, file));
}

const limiter = rateLimit({ windowMs: 10 * 60 * 1000, limit: Number(process.env.API_RATE_LIMIT) || 100 });
app.use('/api', limiter);

app.get('/api/:endpoint', (req, res) => {
  const handler = Object.prototype.hasOwnProperty.call(handlers, req.params.endpoint) ? handlers[req.params.endpoint] : null;
  if (!handler) {
    return res.status(404).json({ error: `No such check: ${req.params.endpoint}` });
  }
  return handler(req, res);
});

// Saved JSON reports, written by the "export" button with a generated name.
app.get('/reports/:name', (req, res) => {
  const name = req.params.name;
  // expect: path-traversal
  fs.createReadStream(path.join(REPORT_DIR, name)).on('error', () => res.status(404).end()).pipe(res.type('json'));
});

app.get('/reports', (req, res) => {
  const files = fs.readdirSync(REPORT_DIR).filter((file) => file.endsWith('.json'));
  res.json(files.map((file) => ({ name: file, href: `/reports/${encodeURIComponent(file)}` })));
});

app.use(express.static(path.join(__dirname, 'build'), { index: 'index.html', dotfiles: 'ignore' }));

app.get('*', (req, res) => {
  res.sendFile('index.html', { root: path.join(__dirname, 'build') });
});

app.listen(port, () => {
  console.log(`Web Check is up at http://localhost:${port}`);
});
