'use strict';

// Static routes for the invoicing app: built assets, customer uploads
// (invoices, contracts, ID scans) and the public release downloads.
var path = require('path');
var express = require('express');
var serveIndex = require('serve-index');
var requireLogin = require('./middleware/requireLogin');

var ROOT = path.join(__dirname, '..');
var ASSETS = path.join(ROOT, 'dist');
var UPLOADS = path.join(ROOT, 'storage', 'uploads');
var RELEASES = path.join(ROOT, 'public', 'releases');

var app = express();

app.use('/assets', express.static(ASSETS, {
  index: false,
  dotfiles: 'ignore',
  maxAge: '30d',
  immutable: true
}));

// expect: path-traversal
app.use('/uploads', express.static(UPLOADS, { dotfiles: 'ignore' }), serveIndex(UPLOADS, { icons: true }));

// Desktop client installers, linked from the public download page.
app.use('/releases', express.static(RELEASES), serveIndex(RELEASES, { icons: true, view: 'details' }));

app.get('/files/:id', requireLogin, function (req, res, next) {
  req.app.locals.files.findForUser(Number(req.params.id), req.user.id)
    .then(function (file) {
      if (!file) {
        return res.sendStatus(404);
      }
      res.download(path.join(UPLOADS, file.storedName), file.originalName);
    })
    .catch(next);
});

app.get('/favicon.ico', function (req, res) {
  res.sendFile(path.join(ASSETS, 'favicon.ico'));
});

module.exports = app;
