'use strict';

const path = require('path');
const express = require('express');
const serveIndex = require('serve-index');

const app = express();
const ROOT = path.join(__dirname, '..');

app.use('/assets', express.static(path.join(ROOT, 'public', 'assets'), { maxAge: '7d', index: false }));

// every customer's uploaded files, one folder per account id
app.use('/uploads', express.static(path.join(ROOT, 'uploads'), { index: false }));
// expect: path-traversal
app.use('/uploads', serveIndex(path.join(ROOT, 'uploads'), { icons: true }));

// the public mirror of our open-source release tarballs: listing is the point
app.use('/releases', express.static(path.join(ROOT, 'releases')));
app.use('/releases', serveIndex(path.join(ROOT, 'releases'), { icons: true, view: 'details' }));

// the icon set for the design team, listed for browsing (public files only)
const iconsIndex = serveIndex(path.join(ROOT, 'public', 'icons'));
app.use('/icons', express.static(path.join(ROOT, 'public', 'icons')), iconsIndex);

app.get('/healthz', (req, res) => res.json({ ok: true }));

app.use((req, res) => {
  res.status(404).sendFile(path.join(ROOT, 'public', '404.html'));
});

module.exports = app;
