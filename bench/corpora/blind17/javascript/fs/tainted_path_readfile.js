// library: express + fs/promises
const express = require('express');
const path = require('path');
const fs = require('fs/promises');

const router = express.Router();
const DOCS_ROOT = path.resolve(__dirname, '..', 'docs');

router.get('/docs/raw', async (req, res) => {
  // expect: path-traversal
  const body = await fs.readFile(path.join(DOCS_ROOT, req.query.page), 'utf8');
  res.type('text/markdown').send(body);
});

router.get('/docs/attachment/:name', async (req, res) => {
  // expect: path-traversal
  const stream = (await fs.open(DOCS_ROOT + '/attachments/' + req.params.name)).createReadStream();
  stream.pipe(res);
});

router.get('/docs/view', async (req, res) => {
  const target = path.resolve(DOCS_ROOT, String(req.query.page || 'index.md'));
  if (!target.startsWith(DOCS_ROOT + path.sep)) {
    return res.status(400).send('bad page');
  }
  const body = await fs.readFile(target, 'utf8');
  res.type('text/markdown').send(body);
});

router.get('/docs/icon/:name', async (req, res) => {
  const safeName = path.basename(req.params.name);
  const data = await fs.readFile(path.join(DOCS_ROOT, 'icons', safeName));
  res.type('image/svg+xml').send(data);
});

module.exports = router;
