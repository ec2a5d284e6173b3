// library: Express / child_process / axios
const express = require('express');
const { exec, execFile } = require('child_process');
const axios = require('axios');
const vm = require('vm');

const router = express.Router();
const FORMATS = new Set(['png', 'jpg', 'webp']);
const WEBHOOK_HOSTS = new Set(['hooks.slack.com', 'hooks.example.com']);

router.post('/tools/ping', (req, res) => {
  // expect: command-injection
  exec('ping -c 1 ' + req.body.host, (err, stdout) => res.send(stdout));
});

router.post('/tools/ping-safe', (req, res) => {
  execFile('ping', ['-c', '1', String(req.body.host)], (err, stdout) => res.type('text/plain').send(stdout));
});

router.post('/tools/convert', (req, res) => {
  const fmt = FORMATS.has(req.body.format) ? req.body.format : 'png';
  execFile('convert', ['in.svg', `out.${fmt}`], (err) => res.sendStatus(err ? 500 : 204));
});

router.post('/tools/fetch', async (req, res) => {
  // expect: ssrf
  const r = await axios.get(req.body.url, { timeout: 5000 });
  res.json({ status: r.status, length: String(r.data).length });
});

router.post('/tools/webhook', async (req, res) => {
  const u = new URL(req.body.url);
  if (u.protocol !== 'https:' || !WEBHOOK_HOSTS.has(u.hostname)) return res.sendStatus(400);
  await axios.post(u.toString(), { text: 'test' }, { timeout: 5000 });
  res.sendStatus(204);
});

router.post('/tools/calc', (req, res) => {
  // expect: code-injection
  const result = vm.runInNewContext(req.body.expr, {});
  res.json({ result });
});

router.post('/tools/filter', (req, res) => {
  // expect: code-injection
  const pred = new Function('item', `return ${req.query.where};`);
  res.json(req.body.items.filter(pred));
});

module.exports = router;
