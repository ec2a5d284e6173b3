const express = require('express');
const templating = require('../lib/templating');

const router = express.Router();

router.get('/notice', (req, res) => {
  res.type('html').send(templating.banner(res.locals.flash || ''));
});

router.get('/notice-raw', (req, res) => {
  const html = templating.rawBanner(res.locals.flash || '');
  res.type('html').send(html);
});

router.get('/notice-fixed', (req, res) => {
  let message = res.locals.flash;
  message = 'Your changes were saved.';
  res.type('html').send(templating.rawBanner(message));
});

router.post('/card', (req, res) => {
  const { title = '', body = '' } = req.body;
  res.type('html').send(templating.card(title, body));
});

router.post('/card-rich', (req, res) => {
  const { title = '', body = '' } = req.body;
  res.type('html').send(templating.richCard(title, body));
});

router.post('/mail-preview', (req, res) => {
  const { template, name } = req.body;
  res.type('html').send(templating.fromUserTemplate(template, { name }));
});

router.post('/mail-preview-v2', (req, res) => {
  const { template, name } = req.body;
  res.type('html').send(templating.fromNamedTemplate(template, { name }));
});

router.get('/view/:name', (req, res) => {
  res.render('page', { title: req.params.name, preview: res.locals.preview });
});

router.get('/debug', (req, res) => {
  const DEBUG = false;
  let html = '<p>debug disabled</p>';
  if (DEBUG) {
    html = '<pre>' + req.query.dump + '</pre>';
  }
  res.type('html').send(html);
});

module.exports = router;
