const express = require('express');
const http = require('http');

const app = express();
const FRAME_POLICY = 'SAMEORIGIN';

app.get('/widget', function renderWidget(req, res) {
  const policy = req.query.frame || 'DENY';
  // expect: header-injection
  res.set('X-Frame-Options', policy);
  res.render('widget');
});

app.get('/embed/:id', function embed(req, res) {
  const partner = req.query.partner;
  // expect: header-injection
  res.header('X-Frame-Options', 'ALLOW-FROM ' + partner);
  res.send('<div id="embed"></div>');
});

function applyFramePolicy(req, res, next) {
  const mode = req.body.framePolicy;
  // expect: header-injection
  res.setHeader('X-Frame-Options', mode);
  next();
}
app.post('/settings/preview', express.json(), applyFramePolicy, (req, res) => res.sendStatus(204));

app.put('/report', function report(req, res) {
  res.set({
    'Content-Type': 'text/html',
    // expect: header-injection
    'x-frame-options': `${req.body.frameOption}`,
  });
  res.end('<p>report</p>');
});

http.createServer(function raw(req, res) {
  const wanted = new URL(req.url, 'http://localhost').searchParams.get('xfo');
  // expect: header-injection
  res.writeHead(200, { 'X-Frame-Options': wanted, 'Content-Type': 'text/plain' });
  res.end('ok');
});

// Safe look-alikes: fixed policies, and a user choice mapped onto a fixed set.
app.get('/dashboard', function dashboard(req, res) {
  res.set('X-Frame-Options', FRAME_POLICY);
  res.setHeader('X-Frame-Options', 'DENY');
  res.render('dashboard');
});

app.get('/frame-choice', function choice(req, res) {
  const allowed = { deny: 'DENY', same: 'SAMEORIGIN' };
  res.set('X-Frame-Options', allowed[req.query.mode] === 'DENY' ? 'DENY' : 'SAMEORIGIN');
  res.set('X-Request-Id', req.query.rid);
  res.end();
});

module.exports = app;
