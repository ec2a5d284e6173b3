'use strict';

const express = require('express');
const escapeHtml = require('escape-html');
const sanitizeHtml = require('sanitize-html');
const { getParam, bodyField } = require('../helpers/params');

const router = express.Router();
const ALLOWED_RETURN = new Set(['/', '/cart', '/account']);

router.get('/welcome', (req, res) => {
  let name = req.query.name;
  if (!name) name = 'guest';
  // expect: xss
  res.send(`<h1>Welcome, ${name}</h1>`);
});

router.get('/welcome/escaped', (req, res) => {
  res.send(`<h1>Welcome, ${escapeHtml(getParam(req, 'name', 'guest'))}</h1>`);
});

router.get('/welcome/text', (req, res) => {
  res.type('text/plain').send(`Welcome, ${getParam(req, 'name', 'guest')}`);
});

router.get('/welcome/render', (req, res) => {
  res.render('welcome', { name: getParam(req, 'name', 'guest') });
});

router.post('/bio/preview', express.json(), (req, res) => {
  const bio = bodyField(req, 'profile', 'bio') || '';
  const html = '<div class="bio">' + bio + '</div>';
  // expect: xss
  res.write(html);
  res.end();
});

router.post('/bio/preview/clean', express.json(), (req, res) => {
  const bio = bodyField(req, 'profile', 'bio') || '';
  res.send('<div class="bio">' + sanitizeHtml(bio, { allowedTags: ['b', 'i', 'a'] }) + '</div>');
});

router.get('/return', (req, res) => {
  const to = req.query.to;
  if (ALLOWED_RETURN.has(to)) {
    return res.redirect(to);
  }
  res.redirect('/');
});

router.get('/leave', (req, res) => {
  const url = getParam(req, 'url', '/');
  // expect: open-redirect
  res.redirect(url);
});

router.get('/leave/encoded', (req, res) => {
  res.redirect('/goodbye?from=' + encodeURIComponent(getParam(req, 'from')));
});

router.get('/error', (req, res) => {
  const code = Number.parseInt(req.query.code, 10) || 500;
  res.status(code >= 400 && code < 600 ? code : 500).send(`<p>Error ${code}</p>`);
});

router.get('/echo', (req, res) => {
  const msg = req.query.msg;
  if (typeof msg !== 'string') {
    return res.status(400).send('missing msg');
  }
  // expect: xss
  return res.status(200).send('<pre>' + msg + '</pre>');
});

module.exports = router;
