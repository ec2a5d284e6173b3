'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const fileUpload = require('express-fileupload');
const serialize = require('node-serialize');
const s2j = require('serialize-to-js');
const { unserialize: restoreBlob } = require('node-serialize');

const router = express.Router();
router.use(cookieParser());
router.use(fileUpload({ limits: { fileSize: 2 * 1024 * 1024 } }));

// Saved UI state travels in a cookie so the sidebar comes back the way it was left.
router.get('/workspace', function showWorkspace(req, res) {
  const encoded = req.cookies.ws_state || '';
  // expect: deserialization
  const state = serialize.unserialize(Buffer.from(encoded, 'base64').toString('utf8'));
  res.render('workspace', { panels: state.panels || [] });
});

router.post('/workspace/state', function (req, res) {
  // Look-alike: the state the page sends back is plain JSON.
  const state = JSON.parse(req.body.state || '{}');
  const cookie = Buffer.from(serialize.serialize({ panels: state.panels })).toString('base64');
  res.cookie('ws_state', cookie, { httpOnly: true, sameSite: 'lax' });
  res.sendStatus(204);
});

router.post('/import', function importSnapshot(req, res, next) {
  if (!req.files || !req.files.snapshot) {
    return res.status(400).send('no snapshot');
  }
  const raw = req.files.snapshot.data.toString('utf8');
  try {
    // expect: deserialization
    const snapshot = serialize.unserialize(raw);
    res.json({ restored: Object.keys(snapshot).length });
  } catch (err) {
    next(err);
  }
});

// Old clients still send the context in a header.
router.use(function readContext(req, res, next) {
  const header = req.headers['x-client-context'];
  if (header) {
    // expect: deserialization
    req.clientContext = s2j.deserialize(header);
  }
  next();
});

router.get('/share', async (req, res) => {
  const { blob } = req.query;
  // expect: deserialization
  const shared = restoreBlob(decodeURIComponent(blob));
  res.render('shared', { shared });
});

router.put('/drafts/:id', function saveDraft(req, res) {
  const draft = req.body;
  // expect: deserialization
  const body = serialize.unserialize(draft.payload);
  res.json({ id: req.params.id, title: body.title });
});

router.get('/export', function (req, res) {
  // Look-alike: serialising our own object for download is fine.
  const dump = s2j.serialize({ exportedAt: new Date(), user: req.user && req.user.id });
  res.type('text/plain').send(dump);
});

module.exports = router;
