const wkhtmltoimage = require('wkhtmltoimage');
const express = require('express');

const app = express();
app.use(express.urlencoded({ extended: false }));

app.get('/thumb', (req, res) => {
  res.type('jpg');
  // expect: ssrf
  wkhtmltoimage.generate(req.query.url, { width: 320 }).pipe(res);
});

app.post('/card', (req, res) => {
  const markup = `<div class="card"><img src="${req.body.avatar}"><p>${req.body.name}</p></div>`;
  res.type('png');
  // expect: ssrf
  wkhtmltoimage.generate(markup, { format: 'png' }).pipe(res);
});

class LinkPreview {
  constructor(store) {
    this.store = store;
  }
  capture(link) {
    const out = this.store.createWriteStream(link.id + '.jpg');
    // expect: ssrf
    wkhtmltoimage.generate(link.href, { quality: 80 }, (code, signal) => out.end()).pipe(out);
  }
}

async function captureAll(urls) {
  // expect: ssrf
  return Promise.all(urls.map((u) => wkhtmltoimage.generate(u, { width: 1024 })));
}

// Safe look-alikes: a literal page and a value fixed in a var.
app.get('/logo', (req, res) => {
  wkhtmltoimage.generate('<h1>ACME</h1>', { width: 200 }).pipe(res);
});

app.get('/status-shot', (req, res) => {
  var statusPage = "https://status.example.com/";
  wkhtmltoimage.generate(statusPage, { width: 800 }).pipe(res);
});

module.exports = { app, LinkPreview, captureAll };
