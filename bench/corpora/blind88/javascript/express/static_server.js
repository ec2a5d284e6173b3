'use strict';

const path = require('path');
const express = require('express');
const serveIndex = require('serve-index');
const { requireAdmin } = require('./auth');

const app = express();
const PUBLIC_DIR = path.join(__dirname, 'public');
const UPLOAD_DIR = process.env.UPLOAD_DIR || path.join(__dirname, 'uploads');
const EXPORT_DIR = path.join(__dirname, 'exports');

app.use(express.static(PUBLIC_DIR, { index: false, dotfiles: 'ignore', maxAge: '7d' }));

// Customers' uploaded attachments, browsable for the support team.
app.use('/uploads', express.static(UPLOAD_DIR));
// expect: file-permissions
app.use('/uploads', serveIndex(UPLOAD_DIR, { icons: true, view: 'details' }));

// Nightly log bundles.
// expect: file-permissions
app.use('/logs', require('serve-index')(path.join(__dirname, 'logs'), { hidden: true }));

const exportListing = serveIndex(EXPORT_DIR, { icons: true, filter: (name) => name.endsWith('.csv') });

app.get('/exports/*', (req, res, next) => {
  if (req.path.endsWith('/')) {
    // expect: file-permissions
    return exportListing(req, res, next);
  }
  next();
}, express.static(EXPORT_DIR));

// Build artefacts: listing only for signed-in admins.
app.use('/admin/builds', requireAdmin, serveIndex(path.join(__dirname, 'builds'), { view: 'details' }));

app.get('/', (req, res) => res.sendFile(path.join(PUBLIC_DIR, 'index.html')));

module.exports = app;
