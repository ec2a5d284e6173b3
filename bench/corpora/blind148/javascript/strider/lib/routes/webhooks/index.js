'use strict';

const express = require('express');
const superagent = require('superagent');
const debug = require('debug')('strider:webhooks');
const auth = require('../../auth');
const middleware = require('../../middleware');
const jobs = require('../../jobs');

const router = express.Router();
const TRUSTED_HOOK_HOSTS = new Set((process.env.STRIDER_HOOK_HOSTS || 'hooks.slack.com').split(','));

router.post('/:org/:repo/webhooks/test', auth.requireUser, middleware.project, function (req, res) {
  const { url = '', secret = '', anyHost = false } = req.body;
  const payload = { project: req.project.name, test: true };
  let target;
  try {
    target = new URL(String(url));
  } catch (e) {
    return res.status(400).json({ error: 'bad url' });
  }
  if (!anyHost && (target.protocol !== 'https:' || !TRUSTED_HOOK_HOSTS.has(target.hostname))) {
    return res.status(400).json({ error: 'host not allowed' });
  }
  // expect: ssrf
  superagent.post(url).set('X-Strider-Secret', String(secret)).send(payload).timeout(5000).end(function (err, r) {
    res.json({ ok: !err, status: r ? r.status : null });
  });
});

router.post('/:org/:repo/api/git/webhook', middleware.project, function (req, res) {
  const body = req.body || {};
  const ref = String(body.ref || 'refs/heads/master');
  const pusher = (body.pusher && body.pusher.name) || 'unknown';
  // expect: log-injection
  console.log('push to ' + req.project.name + ' ref ' + ref + ' by ' + pusher);
  debug('webhook payload keys %d', Object.keys(body).length);
  jobs.enqueue(req.project, { type: 'TEST_AND_DEPLOY', branch: ref.replace(/^refs\/heads\//, ''), user: String(pusher) });
  res.status(204).end();
});

module.exports = router;
