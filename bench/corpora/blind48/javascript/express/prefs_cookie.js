'use strict';

// Stores UI preferences in a cookie as a serialized object.
const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');
const router = express.Router();

router.use(cookieParser());

router.get('/dashboard', function (req, res) {
  let prefs = {};
  if (req.cookies.prefs) {
    const raw = Buffer.from(req.cookies.prefs, 'base64').toString();
    // expect: deserialization
    prefs = serialize.unserialize(raw);
  }
  res.render('dashboard', { prefs });
});

router.post('/prefs', function (req, res) {
  // expect: deserialization
  const incoming = serialize.unserialize(req.body.prefs);
  res.cookie('prefs', Buffer.from(serialize.serialize(incoming)).toString('base64'), { httpOnly: true, secure: true, sameSite: 'lax' });
  res.redirect('/dashboard');
});

router.put('/widgets/:id', function updateWidget(req, res) {
  const state = req.headers['x-widget-state'];
  // expect: deserialization
  const widget = serialize.unserialize(state);
  res.json({ id: req.params.id, widget: Object.keys(widget) });
});

function importLayout(req, res, next) {
  const file = req.files.layout.data.toString('utf8');
  try {
    // expect: deserialization
    req.layout = serialize.unserialize(file);
    next();
  } catch (err) {
    next(err);
  }
}
router.post('/layout', importLayout, (req, res) => res.json({ ok: true }));

// Safe look-alikes: JSON for data from the client, serialize() for data we write.
router.post('/prefs/json', function (req, res) {
  const prefs = JSON.parse(req.body.prefs || '{}');
  res.cookie('prefs_json', JSON.stringify({ theme: String(prefs.theme || 'light') }), { httpOnly: true, secure: true, sameSite: 'lax' });
  res.redirect('/dashboard');
});

router.get('/prefs/export', function (req, res) {
  const defaults = { theme: 'light', density: 'comfortable' };
  res.type('text/plain').send(serialize.serialize(defaults));
});

module.exports = router;
