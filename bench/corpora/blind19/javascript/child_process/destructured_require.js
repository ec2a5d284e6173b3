// child_process: destructured CommonJS require inside an Express diagnostics router
const express = require('express');
const { exec, execFile } = require('child_process');

const router = express.Router();
const HOST_RE = /^[a-z0-9.-]{1,253}$/i;

router.get('/diag/ping', (req, res) => {
  const host = req.query.host;
  // expect: command-injection
  exec(`ping -c 1 ${host}`, (err, stdout) => {
    if (err) return res.status(502).json({ ok: false });
    res.json({ ok: true, output: stdout });
  });
});

router.get('/diag/ping-safe', (req, res) => {
  const host = String(req.query.host || '');
  if (!HOST_RE.test(host)) return res.status(400).json({ error: 'bad host' });
  execFile('ping', ['-c', '1', host], (err, stdout) => {
    res.json({ ok: !err, output: stdout });
  });
});

router.get('/diag/dns', (req, res) => {
  // expect: command-injection
  exec('nslookup ' + req.query.domain, { timeout: 5000 }, (err, stdout) => {
    res.json({ ok: !err, output: stdout });
  });
});

router.get('/diag/uptime', (_req, res) => {
  exec('uptime', (err, stdout) => res.json({ ok: !err, uptime: stdout.trim() }));
});

router.get('/diag/disk', (_req, res) => {
  exec('df -h /var/lib/app', (err, stdout) => res.json({ ok: !err, disk: stdout }));
});

module.exports = router;
