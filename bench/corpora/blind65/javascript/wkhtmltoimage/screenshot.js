'use strict';

const express = require('express');
const fs = require('fs');
const wkhtmltoimage = require('wkhtmltoimage');

const app = express();
app.use(express.json());

// Thumbnails of pages users bookmark.
app.get('/thumb', (req, res) => {
  res.type('jpg');
  // expect: ssrf
  wkhtmltoimage.generate(req.query.url, { width: 1024, quality: 70 }).pipe(res);
});

// Social cards rendered from HTML the user wrote in the editor.
app.post('/cards', (req, res) => {
  const html = '<html><body>' + req.body.cardHtml + '</body></html>';
  res.type('png');
  // expect: ssrf
  wkhtmltoimage.generate(html, { format: 'png' }).pipe(res);
});

function renderToFile(job, done) {
  const target = `https://${job.domain}/og-preview`;
  // expect: ssrf
  wkhtmltoimage.generate(target, { output: `/tmp/og-${job.id}.jpg` }, function (code) {
    done(code === 0 ? null : new Error('wkhtmltoimage exited with ' + code));
  });
}

const renderer = {
  snapshot(url, out) {
    // expect: ssrf
    return wkhtmltoimage.generate(url, { disableJavascript: true }).pipe(fs.createWriteStream(out));
  },
};

app.post('/snapshot', (req, res) => {
  renderer.snapshot(req.body.link, '/tmp/snap.jpg');
  res.status(202).end();
});

// Safe: fixed pages and a template with escaped values.
app.get('/status.png', (req, res) => {
  res.type('jpg');
  wkhtmltoimage.generate('https://status.example.com/', { width: 800 }).pipe(res);
});

const BADGE_HTML = '<html><body><h1>Build passing</h1></body></html>';
function renderBadge(out) {
  return wkhtmltoimage.generate(BADGE_HTML, { output: out });
}

module.exports = { app, renderToFile, renderer, renderBadge };
