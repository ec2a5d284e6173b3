'use strict';
const express = require('express');
const path = require('path');
const fs = require('fs');
const escapeHtml = require('escape-html');
const config = require('../config');
const Store = require('./store');
const eventBus = require('./eventBus');
const { downloadLogged, uploadLogged } = require('./audit');
require('./notify');

const store = new Store(config.uploadDir);
const app = express();
const errorPage = fs.readFileSync(path.join(__dirname, '../public/html/error.html'), 'utf8');

app.use(express.json());

app.get('/files/:sid/:file', async (req, res) => {
  const { sid, file } = req.params;
  const fid = `${sid}++${file}`;
  try {
    const info = await store.info(fid);
    downloadLogged(sid, file, req);
    eventBus.emit('bucket-downloaded', { sid, meta: info.metadata });
    res.set('Content-Type', 'application/octet-stream');
    store.createReadStream(fid).pipe(res);
  } catch (e) {
    res.status(404).end();
  }
});

app.get('/meta/:sid/:file', async (req, res) => {
  try {
    res.json(await store.infoChecked(`${req.params.sid}++${req.params.file}`));
  } catch (e) {
    res.status(404).end();
  }
});

app.post('/upload/:sid/complete', async (req, res) => {
  const { sid } = req.params;
  const { files = [], notifyUrl, comment } = req.body;
  uploadLogged(sid, files.length);
  eventBus.emit('bucket-complete', { sid, meta: { notifyUrl, comment } });
  res.json({ ok: true });
});

app.get('/:sid', (req, res) => {
  const sid = req.params.sid;
  if (req.query.raw) {
    // expect: xss
    return res.status(404).send(errorPage.replace('%%ERROR%%', `Download bucket ${sid} not found`));
  }
  return res.status(404).send(errorPage.replace('%%ERROR%%', `Download bucket ${escapeHtml(sid)} not found`));
});

module.exports = app;
