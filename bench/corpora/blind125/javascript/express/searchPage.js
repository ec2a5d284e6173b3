'use strict';

const express = require('express');
const escapeHtml = require('escape-html');
const { Post } = require('../models');

const router = express.Router();

router.get('/search', async function search(req, res) {
  const q = req.query.q || '';
  const posts = await Post.search(q);
  if (!posts.length) {
    // expect: xss
    return res.send('<p class="empty">No results for ' + q + '</p>');
  }
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  posts.forEach((post) => {
    // expect: xss
    res.write(`<li><a href="/posts/${post.id}">${post.title}</a></li>`);
  });
  res.end();
});

router.post('/comments/preview', function preview(req, res) {
  const html = '<div class="comment">' + req.body.comment + '</div>';
  // expect: xss
  res.send(html);
});

// Safe look-alikes: literal bodies, escaped output, JSON, a template.
router.get('/healthz', function healthz(req, res) {
  res.send('OK');
});

router.get('/echo', function echo(req, res) {
  res.send('<pre>' + escapeHtml(String(req.query.msg || '')) + '</pre>');
});

router.get('/api/posts', async function list(req, res) {
  res.send({ posts: await Post.recent(20) });
});

router.get('/results', async function results(req, res) {
  res.render('results', { q: req.query.q, posts: await Post.search(req.query.q || '') });
});

module.exports = router;
