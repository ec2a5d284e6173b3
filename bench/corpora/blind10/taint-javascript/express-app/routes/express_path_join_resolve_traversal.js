// library: Express + node:path / node:fs (request data in paths)
const express = require('express');
const fs = require('node:fs');
const path = require('node:path');

const router = express.Router();
const UPLOADS = path.resolve(__dirname, '../uploads');

router.get('/files/:name', (req, res) => {
  // expect: path-traversal
  fs.readFile(path.join(UPLOADS, req.params.name), (err, data) => (err ? res.sendStatus(404) : res.send(data)));
});

router.get('/files-safe/:name', (req, res) => {
  const target = path.resolve(UPLOADS, req.params.name);
  if (!target.startsWith(UPLOADS + path.sep)) return res.sendStatus(400);
  return fs.createReadStream(target).on('error', () => res.sendStatus(404)).pipe(res);
});

router.delete('/files', (req, res) => {
  // expect: path-traversal
  fs.unlink(path.resolve(UPLOADS, req.query.file), (err) => res.sendStatus(err ? 404 : 204));
});

router.post('/files/:name', express.raw({ limit: '5mb' }), (req, res) => {
  // expect: path-traversal
  fs.writeFileSync(UPLOADS + '/' + req.params.name, req.body);
  res.sendStatus(201);
});

router.get('/files-basename/:name', (req, res) => {
  res.download(path.join(UPLOADS, path.basename(req.params.name)));
});

module.exports = router;
