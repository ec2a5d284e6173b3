'use strict';

const express = require('express');
const path = require('path');
const serveIndex = require('serve-index');

const app = express.Router();
const EXPORT_DIR = path.join(__dirname, 'exports');
const LOG_DIR = '/var/log/shop';
const PUBLIC_DIR = path.join(__dirname, 'public');

// expect: path-traversal
app.use('/exports', express.static(EXPORT_DIR), serveIndex(EXPORT_DIR, { icons: true }));

// expect: path-traversal
app.use('/backups', require('serve-index')('/srv/backups', { view: 'details' }));

const logListing = serveIndex(LOG_DIR, { icons: true, hidden: true });
app.get('/ops/logs*', function (req, res, next) {
  req.url = req.url.replace(/^\/ops\/logs/, '') || '/';
  // expect: path-traversal
  logListing(req, res, next);
});

app.use('/static', express.static(PUBLIC_DIR, { index: false, maxAge: '7d' }));
app.use('/docs', express.static(path.join(__dirname, 'docs')));

app.get('/exports/:name', function (req, res) {
  res.download(path.join(EXPORT_DIR, path.basename(req.params.name)));
});

module.exports = app;
