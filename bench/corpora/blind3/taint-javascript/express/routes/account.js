'use strict';

const express = require('express');
const axios = require('axios');
const { URL } = require('url');

const router = express.Router();
const ALLOWED_REDIRECT_HOSTS = new Set(['app.acme.example', 'docs.acme.example']);
const WEBHOOK_ALLOW = /^https:\/\/hooks\.(slack|partner)\.example\//;

function safeNext(raw) {
  try {
    const u = new URL(raw, 'https://app.acme.example');
    return ALLOWED_REDIRECT_HOSTS.has(u.hostname) ? u.toString() : '/';
  } catch {
    return '/';
  }
}

router.post('/login', (req, res) => {
  req.session.user = req.body.user;
  const next = req.body.next || req.query.next || '/';
  // expect: open-redirect
  res.redirect(next);
});

router.post('/login-safe', (req, res) => {
  req.session.user = req.body.user;
  res.redirect(safeNext(req.body.next || '/'));
});

router.get('/sso', (req, res) => {
  const state = JSON.parse(Buffer.from(req.query.state, 'base64').toString());
  // expect: open-redirect
  res.location(state.returnTo).status(302).end();
});

router.post('/webhooks/test', async (req, res) => {
  const { url, payload } = req.body;
  // expect: ssrf
  const r = await axios.post(url, payload, { timeout: 5000 });
  res.json({ status: r.status });
});

router.post('/webhooks/test-safe', async (req, res) => {
  const { url, payload } = req.body;
  if (!WEBHOOK_ALLOW.test(url)) return res.status(400).json({ error: 'url not allowed' });
  const r = await axios.post(url, payload, { timeout: 5000 });
  res.json({ status: r.status });
});

router.get('/avatar', async (req, res) => {
  const src = `https://${req.query.host}/avatar.png`;
  // expect: ssrf
  const upstream = await fetch(src);
  res.type('png').send(Buffer.from(await upstream.arrayBuffer()));
});

router.get('/profile', (req, res) => {
  const { name = 'friend', theme } = req.query;
  res.cookie('theme', theme === 'dark' ? 'dark' : 'light', { httpOnly: true, secure: true, sameSite: 'lax' });
  // expect: xss
  res.write('<h2>Welcome ' + name + '</h2>');
  res.end();
});

module.exports = router;
