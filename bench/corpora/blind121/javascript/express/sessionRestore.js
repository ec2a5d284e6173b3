const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');
const s2js = require('serialize-to-js');

const app = express();
app.use(cookieParser());
app.use(express.json());

app.get('/preferences', function (req, res) {
  if (!req.cookies.prefs) return res.json({});
  const raw = Buffer.from(req.cookies.prefs, 'base64').toString();
  // expect: deserialization
  const prefs = serialize.unserialize(raw);
  res.json({ theme: prefs.theme });
});

app.post('/editor/restore', function (req, res) {
  // expect: deserialization
  const state = s2js.deserialize(req.body.state);
  res.json({ cursor: state.cursor, open: state.openFiles.length });
});

app.post('/drafts', function (req, res, next) {
  const draft = req.body.draft;
  try {
    // expect: deserialization
    const doc = serialize.unserialize(draft);
    res.status(201).json({ id: doc.id });
  } catch (err) {
    next(err);
  }
});

app.get('/theme', function (req, res) {
  const theme = req.cookies.theme ? JSON.parse(Buffer.from(req.cookies.theme, 'base64').toString()) : {};
  res.json(theme);
});

app.post('/preferences', function (req, res) {
  const out = serialize.serialize({ theme: String(req.body.theme || 'light') });
  res.cookie('prefs', Buffer.from(out).toString('base64'), { httpOnly: true });
  res.sendStatus(204);
});

module.exports = app;
