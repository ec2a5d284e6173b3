const express = require('express');
const serveIndex = require('serve-index');
const path = require('path');

const app = express();
const PUBLIC = path.join(__dirname, 'public');

app.use('/public', express.static(PUBLIC));
// expect: directory-listing
app.use('/files', express.static('/srv/files'), serveIndex('/srv/files', { icons: true }));

const logs = express.Router();
// expect: directory-listing
logs.use(serveIndex(path.join(__dirname, 'logs')));
app.use('/admin/logs', logs);

app.use('/assets', express.static(path.join(__dirname, 'assets'), { index: false }));

module.exports = app;
