'use strict';

const path = require('path');
const express = require('express');
const serveIndex = require('serve-index');
const directoryListing = require('serve-index');

const app = express();
const PUBLIC_DIR = path.join(__dirname, 'public');
const DOWNLOADS_DIR = path.join(__dirname, 'downloads');
const LOG_DIR = process.env.LOG_DIR || '/var/log/app';

// Public downloads with a browsable index.
app.use('/downloads', express.static(DOWNLOADS_DIR));
// expect: directory-listing
app.use('/downloads', serveIndex(DOWNLOADS_DIR, { icons: true, view: 'details' }));

// Ops wanted to read the logs from a browser.
// expect: directory-listing
app.use('/logs', express.static(LOG_DIR), require('serve-index')(LOG_DIR));

const exportsRouter = express.Router();
const listingOptions = { icons: true, hidden: true };
// expect: directory-listing
const exportsIndex = directoryListing(path.join(__dirname, 'exports'), listingOptions);
exportsRouter.use(express.static(path.join(__dirname, 'exports')));
exportsRouter.use(exportsIndex);
app.use('/exports', exportsRouter);

function mountUploads(target, dir) {
  target.use('/uploads', express.static(dir, { dotfiles: 'ignore' }));
  // expect: directory-listing
  target.use('/uploads', serveIndex(dir));
}
mountUploads(app, path.join(__dirname, 'uploads'));

// Look-alikes: static files without listings.
app.use(express.static(PUBLIC_DIR, { index: ['index.html'], dotfiles: 'ignore' }));
app.use('/assets', express.static(path.join(PUBLIC_DIR, 'assets'), { index: false, maxAge: '7d' }));

app.get('/healthz', (req, res) => res.send('ok'));

module.exports = app;
