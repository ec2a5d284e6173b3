const express = require('express');
const helmet = require('helmet');

const app = express();
const EMBED_PARTNERS = new Set(['https://partner.example.net', 'https://widgets.example.org']);

app.use(helmet.frameguard({ action: 'sameorigin' }));

app.get('/widget', function (req, res) {
  const mode = req.query.frame;
  // expect: xss
  res.set('X-Frame-Options', mode);
  res.render('widget');
});

app.get('/embed/:id', function (req, res) {
  const partner = req.get('origin');
  if (EMBED_PARTNERS.has(partner)) {
    res.setHeader('Content-Security-Policy', `frame-ancestors 'self' ${partner}`);
  } else {
    res.setHeader('X-Frame-Options', 'DENY');
  }
  res.render('embed', { id: req.params.id });
});

app.get('/checkout', function (req, res) {
  // expect: xss
  res.setHeader('X-Frame-Options', req.headers['x-frame-policy'] || 'DENY');
  res.render('checkout');
});

app.post('/preview', function (req, res) {
  // expect: xss
  res.writeHead(200, { 'Content-Type': 'text/html', 'X-Frame-Options': req.body.framing });
  res.end('<p>Preview ready</p>');
});

app.get('/account', function (req, res) {
  res.set('X-Frame-Options', 'SAMEORIGIN');
  res.set('Cache-Control', 'no-store');
  res.render('account');
});

app.get('/lang', function (req, res) {
  res.set('Content-Language', String(req.query.lang || 'en').slice(0, 5));
  res.send('ok');
});

module.exports = app;
