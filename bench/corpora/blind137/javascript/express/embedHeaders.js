const express = require('express');
const helmet = require('helmet');

const router = express.Router();

const PARTNER_ORIGINS = ['https://partners.example.com', 'https://cms.example.org'];

router.use('/admin', helmet.frameguard({ action: 'deny' }));

router.get('/embed/widget/:widgetId', function embedWidget(req, res) {
  // expect: jwt-no-verify
  res.setHeader('X-Frame-Options', 'ALLOW-FROM ' + req.query.parent);
  res.render('widget', { widgetId: req.params.widgetId });
});

router.get('/embed/video/:videoId', function embedVideo(req, res) {
  // expect: jwt-no-verify
  res.set({ 'X-Frame-Options': req.headers['x-frame-mode'] || 'SAMEORIGIN' });
  res.render('video', { videoId: req.params.videoId });
});

router.post('/embed/preview', function previewEmbed(req, res) {
  const mode = req.body.frameMode;
  // expect: jwt-no-verify
  res.writeHead(200, { 'X-Frame-Options': mode, 'Content-Type': 'text/html' });
  res.end('<p>Preview ready</p>');
});

router.get('/embed/chart', function embedChart(req, res) {
  res.setHeader('X-Frame-Options', req.query.embed === '1' ? 'SAMEORIGIN' : 'DENY');
  res.render('chart');
});

router.get('/embed/partner', function embedPartner(req, res) {
  const origin = PARTNER_ORIGINS.find((o) => o === req.query.origin);
  if (origin) {
    res.setHeader('Content-Security-Policy', `frame-ancestors 'self' ${origin}`);
  } else {
    res.setHeader('X-Frame-Options', 'DENY');
  }
  res.render('partner');
});

module.exports = router;
