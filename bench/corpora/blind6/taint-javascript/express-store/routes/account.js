const express = require('express');
const path = require('path');
const fs = require('fs');
const { exec, execFile } = require('child_process');

const router = express.Router();
const INVOICES = path.join(__dirname, '..', 'invoices');
const SAFE_REDIRECTS = new Set(['/account', '/orders', '/']);

router.get('/login/done', (req, res) => {
  // expect: open-redirect-express
  res.redirect(req.query.returnTo);
});

router.get('/login/done-safe', (req, res) => {
  const target = SAFE_REDIRECTS.has(req.query.returnTo) ? req.query.returnTo : '/';
  res.redirect(target);
});

router.get('/login/relative', (req, res) => {
  res.redirect('/account');
});

router.get('/invoices/:file', (req, res) => {
  // expect: path-traversal-express
  fs.createReadStream(path.join(INVOICES, req.params.file)).pipe(res);
});

router.get('/invoices-safe/:file', (req, res) => {
  res.sendFile(req.params.file, { root: INVOICES });
});

router.get('/invoices-base/:file', (req, res) => {
  const file = path.basename(req.params.file);
  fs.createReadStream(path.join(INVOICES, file)).pipe(res);
});

router.get('/export', (req, res) => {
  const format = req.query.format;
  // expect: command-injection-express
  exec('node scripts/export.js --format ' + format, (err, stdout) => {
    if (err) return res.status(500).end();
    res.type('text/plain').send(stdout);
  });
});

router.get('/export-safe', (req, res) => {
  execFile('node', ['scripts/export.js', '--format', String(req.query.format)], (err, stdout) => {
    if (err) return res.status(500).end();
    res.type('text/plain').send(stdout);
  });
});

router.post('/avatar', (req, res) => {
  const name = req.body.filename;
  // expect: path-traversal-express
  fs.writeFile(path.join(__dirname, '..', 'avatars', name), req.body.data, 'base64', () => res.status(201).end());
});

router.get('/profile', (req, res) => {
  res.cookie('last_tab', 'profile', { httpOnly: true, secure: true, sameSite: 'lax' });
  res.render('profile', { user: req.user });
});

module.exports = router;
