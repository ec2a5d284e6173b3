// library: Express + child_process
const { exec, execFile } = require('child_process');
const express = require('express');

const router = express.Router();

router.get('/ping', (req, res) => {
  // expect: command-injection
  exec(`ping -c 3 ${req.query.host}`, (err, stdout) => res.type('text/plain').send(stdout));
});

router.get('/ping-safe', (req, res) => {
  const host = String(req.query.host || '');
  if (!/^[a-z0-9.-]{1,253}$/i.test(host)) return res.status(400).end();
  execFile('ping', ['-c', '3', host], (err, stdout) => res.type('text/plain').send(stdout));
});

router.post('/whois', express.json(), (req, res) => {
  // expect: command-injection
  exec('whois ' + req.body.domain, { timeout: 10000 }, (err, stdout) => res.json({ out: stdout }));
});

router.post('/convert', express.json(), (req, res) => {
  const { execSync } = require('child_process');
  // expect: command-injection
  const out = execSync(`pandoc -f markdown -t ${req.body.format} /srv/docs/readme.md`);
  res.send(out);
});

router.get('/uptime', (req, res) => {
  exec('uptime', (err, stdout) => res.type('text/plain').send(stdout));
});

module.exports = router;
