'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');
const escape = require('escape-html');
const cache = require('../cache');

const app = express();
app.use(cookieParser());
app.use(express.json());

app.get('/welcome', function (req, res) {
  if (!req.cookies.profile) {
    return res.send('Hello, stranger');
  }
  const raw = Buffer.from(req.cookies.profile, 'base64').toString();
  // expect: deserialization
  const profile = serialize.unserialize(raw);
  res.send('Hello ' + escape(profile.username));
});

app.post('/drafts', function (req, res) {
  const draft = JSON.parse(req.body.payload);
  cache.set('draft:' + req.body.id, serialize.serialize(draft));
  res.status(201).end();
});

app.get('/drafts/:id', async function (req, res) {
  // our own cache, written only by the handler above from JSON-parsed data
  const stored = await cache.get('draft:' + req.params.id);
  res.json(stored ? JSON.parse(JSON.stringify(stored)) : {});
});

app.post('/import', function (req, res) {
  // expect: deserialization
  const state = serialize.unserialize(req.body.state);
  res.json({ keys: Object.keys(state) });
});

app.put('/prefs', function (req, res) {
  const prefs = JSON.parse(req.body.prefs || '{}');
  res.json({ theme: String(prefs.theme || 'light') });
});

app.get('/restore', function (req, res) {
  const blob = req.headers['x-session-blob'];
  // expect: deserialization
  const session = serialize.unserialize(Buffer.from(blob, 'base64').toString('utf8'));
  res.json({ user: session.user });
});

app.listen(process.env.PORT || 3000);
