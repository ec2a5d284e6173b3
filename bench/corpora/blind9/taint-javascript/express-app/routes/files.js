// library: Express (sendFile, fs)
const express = require('express');
const fs = require('fs');
const path = require('path');

const router = express.Router();
const UPLOADS = path.resolve('/srv/app/uploads');

router.get('/download/:name', (req, res) => {
  // expect: path-traversal
  res.sendFile(path.join(UPLOADS, req.params.name));
});

router.get('/download-safe/:name', (req, res) => {
  res.sendFile(path.basename(req.params.name), { root: UPLOADS });
});

router.get('/read', (req, res) => {
  // expect: path-traversal
  fs.readFile(req.query.path, 'utf8', (err, data) => (err ? res.status(404).end() : res.type('text/plain').send(data)));
});

router.get('/read-safe', (req, res) => {
  const target = path.resolve(UPLOADS, String(req.query.path || ''));
  if (!target.startsWith(UPLOADS + path.sep)) return res.status(400).end();
  fs.createReadStream(target).pipe(res.type('text/plain'));
});

router.delete('/files/:name', (req, res) => {
  // expect: path-traversal
  fs.unlink(UPLOADS + '/' + req.params.name, (err) => res.status(err ? 404 : 204).end());
});

module.exports = router;
