// library: Express (X-Frame-Options / CSP frame-ancestors from the request)
const express = require('express');
const helmet = require('helmet');

const router = express.Router();

router.get('/embed', (req, res) => {
  // expect: clickjacking
  res.set('X-Frame-Options', req.query.frameOptions);
  res.render('embed');
});

router.get('/embed-safe', (req, res) => {
  res.set('X-Frame-Options', 'SAMEORIGIN');
  res.render('embed');
});

router.get('/widget', (req, res) => {
  // expect: clickjacking
  res.setHeader('Content-Security-Policy', `frame-ancestors ${req.get('Referer')}`);
  res.render('widget');
});

router.use('/secure', helmet.frameguard({ action: 'deny' }));

router.get('/partner-embed', (req, res) => {
  const allowed = { acme: 'https://acme.example.com', globex: 'https://globex.example.com' };
  const ancestor = allowed[req.query.partner] || "'none'";
  res.setHeader('Content-Security-Policy', `frame-ancestors ${ancestor}`);
  res.render('embed');
});

module.exports = router;
