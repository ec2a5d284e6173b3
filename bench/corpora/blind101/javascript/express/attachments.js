const express = require('express');
const path = require('path');

const app = express();
const ATTACHMENTS = path.resolve(process.env.ATTACHMENTS_DIR || '/var/app/attachments');

app.get('/attachments/download', function download(req, res) {
  // expect: path-traversal
  res.sendFile(req.query.file);
});

app.get('/attachments/:folder/:name', function byFolder(req, res) {
  const target = path.join(ATTACHMENTS, req.params.folder, req.params.name);
  // expect: path-traversal
  res.sendFile(target);
});

app.post('/exports/fetch', function fetchExport(req, res, next) {
  const location = req.body.location;
  // expect: path-traversal
  res.sendFile(location, { dotfiles: 'allow', maxAge: 0 }, function (err) { if (err) next(err); });
});

app.get('/themes/current.css', function theme(req, res) {
  // expect: path-traversal
  res.sendfile(path.resolve('themes', req.cookies.theme + '.css'));
});

app.get('/attachments/safe/:name', function safeDownload(req, res) {
  res.sendFile(req.params.name, { root: ATTACHMENTS, dotfiles: 'deny' });
});

app.get('/attachments/checked', function checked(req, res) {
  const resolved = path.resolve(ATTACHMENTS, String(req.query.file));
  if (!resolved.startsWith(ATTACHMENTS + path.sep)) return res.sendStatus(403);
  res.sendFile(resolved, { dotfiles: 'deny' });
});

app.get('/robots.txt', function robots(req, res) {
  res.sendFile(path.join(__dirname, 'public', 'robots.txt'));
});

module.exports = app;
