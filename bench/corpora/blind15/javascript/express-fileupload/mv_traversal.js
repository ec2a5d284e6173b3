// library: express-fileupload
const path = require('path');
const crypto = require('crypto');
const express = require('express');
const fileUpload = require('express-fileupload');

const app = express();
app.use(fileUpload({ limits: { fileSize: 10 * 1024 * 1024 } }));
const UPLOAD_DIR = path.resolve(__dirname, 'uploads');

app.post('/avatar', async (req, res) => {
  const file = req.files.avatar;
  // expect: path-traversal
  await file.mv(path.join(UPLOAD_DIR, file.name));
  res.sendStatus(201);
});

app.post('/docs/:folder', async (req, res) => {
  // expect: path-traversal
  await req.files.doc.mv(`${UPLOAD_DIR}/${req.params.folder}/${req.files.doc.name}`);
  res.sendStatus(201);
});

app.post('/avatar/v2', async (req, res) => {
  const file = req.files.avatar;
  const ext = path.extname(path.basename(file.name)).toLowerCase();
  const stored = `${crypto.randomUUID()}${['.png', '.jpg'].includes(ext) ? ext : '.bin'}`;
  await file.mv(path.join(UPLOAD_DIR, stored));
  res.status(201).json({ stored });
});

app.post('/import', async (req, res) => {
  await req.files.csv.mv(path.join(UPLOAD_DIR, 'import.csv'));
  res.sendStatus(202);
});

module.exports = app;
