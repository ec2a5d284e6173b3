// library: express (OAuth state parameter)
const crypto = require('crypto');
const express = require('express');

const router = express.Router();
const AUTHORIZE_URL = 'https://accounts.example.com/oauth/authorize';

router.get('/login', (req, res) => {
  // expect: csrf
  const state = Buffer.from(JSON.stringify({ returnTo: req.query.returnTo || '/' })).toString('base64');
  res.redirect(`${AUTHORIZE_URL}?client_id=${process.env.CLIENT_ID}&state=${state}`);
});

router.get('/callback', (req, res) => {
  // expect: csrf
  const { returnTo } = JSON.parse(Buffer.from(req.query.state, 'base64').toString());
  res.redirect(returnTo.startsWith('/') ? returnTo : '/');
});

router.get('/login/v2', (req, res) => {
  const nonce = crypto.randomBytes(16).toString('hex');
  req.session.oauthState = nonce;
  res.redirect(`${AUTHORIZE_URL}?client_id=${process.env.CLIENT_ID}&state=${nonce}`);
});

router.get('/callback/v2', (req, res) => {
  const expected = Buffer.from(req.session.oauthState || '');
  const got = Buffer.from(String(req.query.state || ''));
  if (expected.length === 0 || expected.length !== got.length || !crypto.timingSafeEqual(expected, got)) {
    return res.status(403).send('bad state');
  }
  delete req.session.oauthState;
  res.redirect('/');
});

module.exports = router;
