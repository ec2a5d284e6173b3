const express = require('express');
const escapeHtml = require('escape-html');

const router = express.Router();

router.get('/footer', (req, res) => {
  const footer = res.locals.footer || 'All rights reserved';
  const brand = res.locals.brand;
  // expect: xss
  res.send(`<footer><strong>${brand}</strong> ${footer}</footer>`);
});

router.get('/footer-escaped', (req, res) => {
  const footer = res.locals.footer || 'All rights reserved';
  res.send(`<footer><strong>${escapeHtml(res.locals.brand)}</strong> ${escapeHtml(footer)}</footer>`);
});

router.get('/hello', (req, res) => {
  res.render('hello', { name: req.query.name || 'friend' });
});

module.exports = router;
