// express: serving files the user asked for (res.sendFile / res.download / express.static)
const path = require('path');
const express = require('express');

const router = express.Router();
const REPORTS_DIR = path.join(__dirname, '..', 'storage', 'reports');
const AVATAR_DIR = path.resolve(__dirname, '..', 'storage', 'avatars');

router.use('/assets', express.static(path.join(__dirname, '..', 'public'), { maxAge: '7d' }));

router.get('/reports/:name', (req, res) => {
  // expect: path-traversal
  res.sendFile(path.join(REPORTS_DIR, req.params.name));
});

router.get('/reports/v2/:name', (req, res) => {
  res.sendFile(req.params.name, { root: REPORTS_DIR, dotfiles: 'deny' }, (err) => {
    if (err) res.status(404).end();
  });
});

router.get('/export', (req, res) => {
  const file = req.query.file;
  // expect: path-traversal
  res.download(`${REPORTS_DIR}/${file}`);
});

router.get('/export/v2', (req, res) => {
  const file = path.basename(String(req.query.file || ''));
  res.download(path.join(REPORTS_DIR, file), file);
});

router.get('/avatars/:userId', (req, res) => {
  const target = path.resolve(AVATAR_DIR, `${req.params.userId}.png`);
  if (!target.startsWith(AVATAR_DIR + path.sep)) {
    return res.sendStatus(400);
  }
  res.sendFile(target);
});

router.get('/legal/terms', (req, res) => {
  res.sendFile(path.join(__dirname, '..', 'static', 'terms.html'));
});

router.get('/docs/*', (req, res) => {
  const rel = req.params[0];
  // expect: path-traversal
  res.sendFile(path.resolve('docs/' + rel));
});

router.get('/manual/:lang', (req, res) => {
  const LANGS = { en: 'manual-en.pdf', de: 'manual-de.pdf', fr: 'manual-fr.pdf' };
  const file = LANGS[req.params.lang] || LANGS.en;
  res.sendFile(file, { root: path.join(__dirname, '..', 'static') });
});

module.exports = router;
