const express = require('express');
const serveIndex = require('serve-index');
const path = require('path');

const app = express();
const PUBLIC_DIR = path.join(__dirname, 'public');
const UPLOADS_DIR = path.join(__dirname, 'uploads');
const LOG_DIR = '/var/log/app';

// expect: directory-listing
app.use('/ftp', express.static(path.join(PUBLIC_DIR, 'ftp')), serveIndex(path.join(PUBLIC_DIR, 'ftp'), { icons: true }));

// expect: directory-listing
app.use('/uploads', require('serve-index')(UPLOADS_DIR, { view: 'details' }));

const logListing = serveIndex(LOG_DIR, { filter: (name) => name.endsWith('.log') });
app.get('/admin/logs*', (req, res, next) => {
  if (!req.user || !req.user.isAdmin) {
    return res.sendStatus(403);
  }
  // expect: directory-listing
  return logListing(req, res, next);
});

function mountReports(router, dir) {
  const listing = serveIndex(dir, { hidden: false });
  // expect: directory-listing
  router.use('/reports', express.static(dir), listing);
}

// Safe: static files without an index page or listing.
app.use('/assets', express.static(path.join(PUBLIC_DIR, 'assets'), { index: false, dotfiles: 'deny' }));

// Safe: a fixed list of downloadable files served as JSON.
const DOWNLOADS = ['manual.pdf', 'changelog.txt'];
app.get('/downloads', (req, res) => res.json(DOWNLOADS));

module.exports = { app, mountReports };
