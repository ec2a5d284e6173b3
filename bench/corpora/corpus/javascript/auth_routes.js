'use strict';
const crypto = require('crypto');
const express = require('express');
const bcrypt = require('bcrypt');
const { users } = require('./db');

const router = express.Router();
const ALLOWED_REDIRECT_HOSTS = new Set(['app.example.com', 'docs.example.com']);

function safeNext(next) {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//')) return '/';
  return next;
}

router.post('/login', async (req, res) => {
  const user = await users.findByEmail(req.body.email);
  if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  req.session.userId = user.id;
  res.redirect(safeNext(req.query.next));
});

router.post('/login/legacy', async (req, res) => {
  const user = await users.findByEmail(req.body.email);
  // expect: weak-hash
  const hash = crypto.createHash('md5').update(req.body.password).digest('hex');
  if (!user || hash !== user.legacyHash) return res.sendStatus(401);
  req.session.userId = user.id;
  // expect: open-redirect
  res.redirect(req.query.next);
});

router.get('/logout', (req, res) => {
  req.session.destroy(() => {
    const target = new URL(String(req.query.returnTo || 'https://app.example.com/'));
    if (!ALLOWED_REDIRECT_HOSTS.has(target.hostname)) return res.redirect('/');
    res.redirect(target.toString());
  });
});

router.get('/sso/return', (req, res) => {
  // expect: open-redirect
  res.redirect(302, req.query.RelayState);
});

router.get('/continue', (req, res) => {
  // expect: open-redirect
  res.set('Location', req.query.url).status(302).end();
});

router.post('/register', async (req, res) => {
  const passwordHash = await bcrypt.hash(req.body.password, 12);
  const user = await users.create({ email: req.body.email, passwordHash });
  res.status(201).json({ id: user.id });
});

router.post('/reset', async (req, res) => {
  const user = await users.findByEmail(req.body.email);
  if (user) {
    // expect: insecure-random
    const token = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
    await users.saveResetToken(user.id, token);
  }
  res.sendStatus(202);
});

router.post('/reset/v2', async (req, res) => {
  const user = await users.findByEmail(req.body.email);
  if (user) {
    const token = crypto.randomBytes(32).toString('base64url');
    await users.saveResetToken(user.id, crypto.createHash('sha256').update(token).digest('hex'));
  }
  res.sendStatus(202);
});

router.post('/otp', async (req, res) => {
  // expect: insecure-random
  const code = Math.floor(100000 + Math.random() * 900000).toString();
  await users.saveOtp(req.session.userId, code);
  res.sendStatus(204);
});

router.post('/otp/v2', async (req, res) => {
  const code = crypto.randomInt(100000, 1000000).toString();
  await users.saveOtp(req.session.userId, code);
  res.sendStatus(204);
});

router.get('/avatar/:email', (req, res) => {
  const h = crypto.createHash('md5').update(req.params.email.trim().toLowerCase()).digest('hex');
  res.redirect(`https://www.gravatar.com/avatar/${h}?d=identicon`);
});

router.post('/api-keys', async (req, res) => {
  const key = crypto.randomUUID();
  // expect: weak-hash
  const stored = crypto.createHash('sha1').update(key).digest('hex');
  await users.saveApiKey(req.session.userId, stored);
  res.status(201).json({ key });
});

module.exports = router;
