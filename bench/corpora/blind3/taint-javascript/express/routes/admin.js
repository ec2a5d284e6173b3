'use strict';

const express = require('express');
const cp = require('child_process');
const util = require('util');
const { exec: run } = require('child_process');

const router = express.Router();
const execP = util.promisify(cp.exec);
const SERVICES = ['api', 'worker'];

function target(req) {
  return req.body.host || req.query.host;
}

router.post('/ping', (req, res) => {
  const host = target(req);
  // expect: command-injection
  run(`ping -c 1 ${host}`, (err, stdout) => res.type('text').send(stdout));
});

router.post('/ping-safe', (req, res) => {
  const host = target(req);
  cp.execFile('ping', ['-c', '1', String(host)], (err, stdout) => res.type('text').send(stdout));
});

router.post('/restart', async (req, res) => {
  const { service } = req.body;
  if (!SERVICES.includes(service)) return res.status(400).json({ error: 'unknown service' });
  await execP(`systemctl restart acme-${service}`);
  res.json({ ok: true });
});

router.post('/grep', async (req, res) => {
  const args = ['grep', '-n', req.body.pattern, '/var/log/app.log'].join(' ');
  // expect: command-injection
  const { stdout } = await execP(args);
  res.type('text').send(stdout);
});

router.post('/archive', (req, res) => {
  const opts = { cwd: '/srv', shell: true };
  // expect: command-injection
  const child = cp.spawn('tar', ['czf', '/tmp/out.tgz', req.body.dir], opts);
  child.on('close', (code) => res.json({ code }));
});

router.post('/eval', (req, res) => {
  const { code } = req.body;
  // expect: code-injection
  const fn = new Function('require', code);
  res.json({ result: fn(require) });
});

module.exports = router;
