const express = require('express');

const router = express.Router();
const THEMES = { light: 'themes/light/home', dark: 'themes/dark/home' };

router.get('/page', function page(req, res) {
  // expect: template-injection
  res.render(req.query.view, { user: req.user });
});

router.get('/themed', function themed(req, res) {
  // expect: template-injection
  res.render('themes/' + req.query.theme + '/home');
});

router.post('/preview', function preview(req, res) {
  // expect: template-injection
  res.render(`emails/${req.body.template}`, {
    name: req.body.name,
  });
});

router.get('/docs/:section', function docs(req, res) {
  // expect: template-injection
  res.render(req.params.section, { title: 'Docs' });
});

router.get('/search', function search(req, res) {
  res.render('search', { q: req.query.q });
});

router.get('/themed-safe', function themedSafe(req, res) {
  const view = THEMES[req.query.theme] || THEMES.light;
  res.render(view);
});

module.exports = router;
