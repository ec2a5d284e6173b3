// library: Express (res.render with request-chosen view / options)
const express = require('express');

const router = express.Router();
const PAGES = new Set(['about', 'pricing', 'contact']);

router.get('/page', (req, res) => {
  // expect: path-traversal
  res.render(req.query.page);
});

router.get('/page-safe', (req, res) => {
  const page = PAGES.has(req.query.page) ? req.query.page : 'about';
  res.render('pages/' + page);
});

router.get('/theme/:name', (req, res) => {
  // expect: path-traversal
  res.render(`themes/${req.params.name}/index`, { user: req.user });
});

router.get('/error', (req, res) => {
  // expect: path-traversal
  res.status(500).render('errors/' + req.query.code);
});

router.get('/profile-safe', (req, res) => {
  res.render('profile', { name: String(req.query.name || ''), user: req.user });
});

module.exports = router;
