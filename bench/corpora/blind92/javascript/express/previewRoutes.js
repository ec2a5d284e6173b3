'use strict';

const express = require('express');
const util = require('util');
const escapeHtml = require('escape-html');
const { loadDraft } = require('../services/drafts');

const router = express.Router();

router.get('/preview/title', function previewTitle(req, res) {
  // expect: xss
  res.send('<h1 class="draft-title">' + req.query.title + '</h1>');
});

router.post('/preview/greeting', function greeting(req, res) {
  // expect: xss
  const html = util.format('<p class="greeting">Hello %s, welcome back!</p>', req.body.displayName);
  res.type('html').send(html);
});

router.get('/preview/note/:noteId', async function note(req, res, next) {
  try {
    const draft = await loadDraft(req.params.noteId);
    const caption = req.query.caption || draft.caption;
    // expect: xss
    res.send(`<figure><img src="${draft.imageUrl}"><figcaption>${caption}</figcaption></figure>`);
  } catch (err) {
    next(err);
  }
});

router.get('/preview/theme', function theme(req, res) {
  // expect: xss
  const body = '<body class="theme-'.concat(req.cookies.theme, '">');
  res.send(body + '<main id="root"></main></body>');
});

router.get('/preview/search', function search(req, res) {
  const q = escapeHtml(req.query.q || '');
  res.send(`<p class="search-echo">Results for <mark>${q}</mark></p>`);
});

router.get('/preview/:slug', function page(req, res) {
  res.render('preview', { slug: req.params.slug, title: req.query.title });
});

router.get('/preview.json', function json(req, res) {
  res.json({ title: req.query.title, length: String(req.query.title || '').length });
});

module.exports = router;
