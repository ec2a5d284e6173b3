const express = require('express');
const serveIndex = require('serve-index');
const path = require('path');

const app = express();
const uploads = path.join(__dirname, 'uploads');
const exportsDir = path.join(__dirname, 'exports');

// expect: path-traversal
app.use('/uploads', express.static(uploads), serveIndex(uploads, { icons: true }));

// expect: path-traversal
const listBackups = serveIndex('/var/backups/app', { view: 'details' });
app.get('/backups*', listBackups);

// expect: path-traversal
app.use('/exports', serveIndex(exportsDir));

app.use('/static', express.static(path.join(__dirname, 'public'), { index: false }));
app.use('/downloads', express.static(path.join(__dirname, 'downloads'), { dotfiles: 'ignore' }));

app.get('/files', (req, res) => {
  res.json({ files: ['terms.pdf', 'privacy.pdf'] });
});

module.exports = app;
