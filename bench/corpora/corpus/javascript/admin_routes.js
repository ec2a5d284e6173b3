'use strict';
const express = require('express');
const { exec, execFile, spawn, execSync } = require('child_process');
const vm = require('vm');
const path = require('path');

const router = express.Router();
const LOG_DIR = '/var/log/app';
const ALLOWED_UNITS = new Set(['api', 'worker', 'scheduler']);

router.get('/ping', (req, res) => {
  const host = req.query.host;
  // expect: command-injection
  exec(`ping -c 1 ${host}`, (err, stdout) => {
    if (err) return res.status(500).send('ping failed');
    res.type('text/plain').send(stdout);
  });
});

router.get('/ping2', (req, res) => {
  execFile('ping', ['-c', '1', String(req.query.host)], { timeout: 5000 }, (err, stdout) => {
    if (err) return res.status(500).send('ping failed');
    res.type('text/plain').send(stdout);
  });
});

router.post('/restart', (req, res) => {
  const unit = req.body.unit;
  if (!ALLOWED_UNITS.has(unit)) return res.sendStatus(400);
  const child = spawn('systemctl', ['restart', unit]);
  child.on('close', (code) => res.json({ code }));
});

router.get('/tail', (req, res) => {
  const file = path.basename(String(req.query.file || 'app.log'));
  // expect: command-injection
  const out = execSync('tail -n 200 ' + LOG_DIR + '/' + req.query.file);
  res.type('text/plain').send(out);
  void file;
});

router.get('/grep', (req, res) => {
  // expect: command-injection
  const child = spawn('grep', ['-r', req.query.q, LOG_DIR], { shell: true });
  child.stdout.pipe(res);
});

router.get('/disk', (_req, res) => {
  exec('df -h', (err, stdout) => res.type('text/plain').send(err ? 'error' : stdout));
});

router.get('/git-log', (_req, res) => {
  const out = execSync('git log --oneline -n 20', { cwd: '/srv/app' });
  res.type('text/plain').send(out);
});

router.post('/calc', (req, res) => {
  // expect: code-injection
  const value = eval(req.body.expression);
  res.json({ value });
});

router.post('/calc-safe', (req, res) => {
  const n = Number.parseFloat(req.body.a) + Number.parseFloat(req.body.b);
  res.json({ value: n });
});

router.post('/rules/test', (req, res) => {
  const sandbox = { input: req.body.input };
  // expect: code-injection
  const result = vm.runInNewContext(req.body.rule, sandbox, { timeout: 50 });
  res.json({ result });
});

router.post('/formula', (req, res) => {
  // expect: code-injection
  const fn = new Function('row', 'return ' + req.body.formula);
  res.json({ value: fn(req.body.row) });
});

router.post('/config', (req, res) => {
  const cfg = JSON.parse(req.body.config);
  res.json({ keys: Object.keys(cfg) });
});

router.get('/version', (_req, res) => {
  execFile('node', ['--version'], (err, stdout) => res.send(err ? 'unknown' : stdout.trim()));
});

module.exports = router;
