'use strict';
const express = require('express');
const request = require('request');

const router = express.Router();
const AVATAR_HOSTS = { gravatar: 'https://www.gravatar.com/avatar/', github: 'https://avatars.githubusercontent.com/u/' };

router.get('/proxy', function (req, res) {
  // expect: ssrf
  request.get(req.query.url).pipe(res);
});

router.post('/hooks/:host', function (req, res) {
  // expect: ssrf
  request.post(`https://${req.params.host}/hooks/incoming`, { json: req.body }, (err, r) => {
    res.status(err ? 502 : r.statusCode).end();
  });
});

router.post('/fetch', function (req, res) {
  const target = req.body.callback;
  // expect: ssrf
  request.get({ url: target, json: true, timeout: 5000 }, (err, r, body) => {
    res.json(err ? { error: err.message } : body);
  });
});

router.delete('/remote', function (req, res) {
  const base = req.headers['x-upstream'];
  // expect: ssrf
  request.del(base + '/sessions/' + req.query.id, () => res.status(204).end());
});

router.get('/users/:login', function (req, res) {
  request.get(`https://api.github.com/users/${encodeURIComponent(req.params.login)}`, {
    headers: { 'User-Agent': 'shop' },
    json: true,
  }).pipe(res);
});

router.get('/avatar/:provider/:id', function (req, res) {
  const base = AVATAR_HOSTS[req.params.provider];
  if (!base) return res.status(404).end();
  request.get(base + encodeURIComponent(req.params.id)).pipe(res);
});

module.exports = router;
