'use strict';

const express = require('express');
const path = require('path');

const app = express.Router();
const UPLOAD_DIR = path.join(__dirname, 'uploads', 'avatars');
const THEME_DIR = path.join(__dirname, 'themes');

app.get('/avatars/:name', function (req, res) {
  // expect: path-traversal
  res.sendFile(path.join(UPLOAD_DIR, req.params.name));
});

app.get('/reports/view', function (req, res) {
  // expect: path-traversal
  res.sendFile(__dirname + '/reports/' + req.query.file);
});

app.get('/theme.css', function serveTheme(req, res) {
  const theme = req.cookies.theme || 'default';
  const file = path.resolve(THEME_DIR, theme + '.css');
  // expect: path-traversal
  res.sendFile(file);
});

app.get('/thumbs/:name', function (req, res) {
  res.sendFile(req.params.name, { root: UPLOAD_DIR, dotfiles: 'deny' });
});

app.get('/', function (req, res) {
  res.sendFile(path.join(__dirname, 'public', 'index.html'));
});

app.get('/avatars/:id/default', function (req, res) {
  const known = { small: 'default-64.png', large: 'default-256.png' };
  const name = known[req.query.size] || known.small;
  res.sendFile(name, { root: UPLOAD_DIR });
});

module.exports = app;
