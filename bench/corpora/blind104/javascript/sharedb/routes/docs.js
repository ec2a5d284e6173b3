const express = require('express');
const escapeHtml = require('escape-html');
const { MongoClient } = require('mongodb');
const { exportSnapshot, exportSnapshotSafe } = require('../jobs/export');

const router = express.Router();
const mongo = new MongoClient(process.env.MONGO_URL);
const COLLECTIONS = new Set(['notes', 'boards']);

function fetchSnapshot(req) {
  const connection = req.app.locals.backend.connect();
  const doc = connection.get(req.params.collection, req.params.id);
  return new Promise((resolve, reject) => doc.fetch((err) => (err ? reject(err) : resolve(doc))));
}

router.get('/:collection/:id/html', async (req, res) => {
  if (!COLLECTIONS.has(req.params.collection)) return res.status(404).end();
  const doc = await fetchSnapshot(req);
  const title = doc.data ? doc.data.title : '';
  // expect: xss
  res.send(`<html><body><h1>${title}</h1><p>version ${doc.version}</p></body></html>`);
});

router.get('/:collection/:id/card', async (req, res) => {
  const doc = await fetchSnapshot(req);
  res.send(`<div class="card">${escapeHtml(doc.data ? doc.data.title : '')}</div>`);
});

router.post('/:collection/:id/export', express.json(), async (req, res) => {
  const doc = await fetchSnapshot(req);
  const snapshot = { id: doc.id, data: doc.data };
  const name = req.body.safe ? await exportSnapshotSafe(snapshot) : await exportSnapshot(snapshot, req.body.fileName);
  res.json({ name });
});

router.get('/search', async (req, res) => {
  const owner = req.query.owner;
  const notes = mongo.db().collection('notes');
  const byOwner = await notes.find({ 'owner': String(owner) }).limit(50).toArray();
  const minWords = req.query.minWords || '0';
  // expect: nosql-injection
  const long = await notes.find({ $where: `this.body && this.body.split(' ').length > ${minWords}` }).limit(50).toArray();
  res.json({ byOwner, long });
});

module.exports = router;
