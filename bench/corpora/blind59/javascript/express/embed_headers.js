'use strict';

const express = require('express');
const helmet = require('helmet');

const app = express();
app.use(express.json());

const FRAME_MODES = ['DENY', 'SAMEORIGIN'];

app.get('/widget', function widget(req, res) {
  // expect: header-injection
  res.set('X-Frame-Options', req.query.frame);
  res.render('widget');
});

app.get('/partner/:partner/embed', function (req, res) {
  const origin = req.headers.referer || '';
  // expect: header-injection
  res.setHeader('X-Frame-Options', 'ALLOW-FROM ' + origin);
  res.render('embed', { partner: req.params.partner });
});

app.post('/settings/framing', function saveFraming(req, res) {
  const mode = req.body.settings.framing;
  // expect: header-injection
  res.header('x-frame-options', mode);
  res.json({ ok: true });
});

app.get('/preview', async (req, res) => {
  // expect: header-injection
  res.set({ 'X-Frame-Options': req.query.xfo, 'Cache-Control': 'no-store' });
  res.send(await renderPreview(req.query.id));
});

function legacyHandler(req, res) {
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    // expect: header-injection
    'X-Frame-Options': req.params.policy,
  });
  res.end('<p>legacy</p>');
}
app.get('/legacy/:policy', legacyHandler);

// Look-alikes: a fixed value, a value picked from an allowlist, and helmet.
app.get('/account', function (req, res) {
  res.set('X-Frame-Options', 'DENY');
  res.render('account');
});

app.get('/gallery', function (req, res) {
  const wanted = String(req.query.frame || '').toUpperCase();
  const mode = FRAME_MODES.includes(wanted) ? wanted : 'SAMEORIGIN';
  res.setHeader('X-Frame-Options', mode);
  res.render('gallery');
});

app.use('/docs', helmet.frameguard({ action: 'sameorigin' }), express.static('docs'));

async function renderPreview(id) {
  return `<p>preview ${Number(id)}</p>`;
}

module.exports = app;
