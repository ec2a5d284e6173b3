'use strict';
const express = require('express');

const app = express();
app.set('view engine', 'ejs');
app.use(express.urlencoded({ extended: false }));

const THEMES = { light: 'themes/light/index', dark: 'themes/dark/index' };

app.get('/page', function (req, res) {
  // expect: template-injection
  res.render(req.query.page);
});

app.get('/themes/:theme', function (req, res) {
  // expect: template-injection
  res.render(`themes/${req.params.theme}/index`, { user: req.user });
});

app.post('/preview', function (req, res) {
  const view = req.body.view || 'preview/default';
  // expect: template-injection
  res.render(view, { draft: req.body.draft });
});

const router = express.Router();
router.get('/help/:topic', (req, res) => {
  const { topic } = req.params;
  // expect: template-injection
  res.render('help/' + topic);
});
app.use(router);

app.get('/profile', function (req, res) {
  res.render('profile', { name: req.query.name });
});

app.get('/theme', function (req, res) {
  res.render(THEMES[req.query.theme] || THEMES.light, { user: req.user });
});

module.exports = app;
