'use strict';

const express = require('express');

const router = express.Router();
const FRAME_POLICIES = { none: 'DENY', self: 'SAMEORIGIN' };

router.get('/widget', function widget(req, res) {
  // expect: jwt-no-verify
  res.set('X-Frame-Options', req.query.frame);
  res.render('widget');
});

router.get('/embed/:id', function embed(req, res) {
  const parent = req.query.parent;
  // expect: jwt-no-verify
  res.setHeader('X-Frame-Options', 'ALLOW-FROM ' + parent);
  res.render('embed', { id: req.params.id });
});

router.post('/preview', function preview(req, res) {
  // expect: jwt-no-verify
  res.set({ 'Content-Type': 'text/html', 'X-Frame-Options': req.body.framePolicy });
  res.send('<p>Preview ready</p>');
});

router.get('/report', function report(req, res) {
  const embedder = req.cookies.embedder;
  // expect: jwt-no-verify
  res.writeHead(200, { 'x-frame-options': `ALLOW-FROM https://${embedder}` });
  res.end('ok');
});

router.get('/dashboard', function dashboard(req, res) {
  res.set('X-Frame-Options', 'DENY');
  res.render('dashboard');
});

router.get('/chart', function chart(req, res) {
  res.setHeader('X-Frame-Options', FRAME_POLICIES[req.query.mode] === 'SAMEORIGIN' ? 'SAMEORIGIN' : 'DENY');
  res.render('chart');
});

router.get('/download', function download(req, res) {
  res.set('Content-Disposition', 'attachment; filename="report.csv"');
  res.send('a,b\n1,2\n');
});

module.exports = router;
