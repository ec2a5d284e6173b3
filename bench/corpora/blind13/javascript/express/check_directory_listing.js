// library: express + serve-index (directory listings)
const express = require('express');
const path = require('path');
const serveIndex = require('serve-index');

const app = express();
const uploadsDir = path.join(__dirname, 'uploads');
const docsDir = path.join(__dirname, 'public', 'docs');

app.use('/static', express.static(path.join(__dirname, 'public'), { index: false, dotfiles: 'ignore' }));
app.use('/uploads', express.static(uploadsDir));
// expect: directory-listing
app.use('/uploads', serveIndex(uploadsDir, { icons: true }));

app.use('/docs', express.static(docsDir));

function requireStaff(req, res, next) {
  if (req.user && req.user.role === 'staff') return next();
  return res.sendStatus(403);
}

app.use('/internal/releases', requireStaff, serveIndex(path.join(__dirname, 'releases')));

const backups = express.Router();
backups.use(express.static('/var/backups/app'));
// expect: directory-listing
backups.use(serveIndex('/var/backups/app', { hidden: true }));
app.use('/backups', backups);

module.exports = app;
