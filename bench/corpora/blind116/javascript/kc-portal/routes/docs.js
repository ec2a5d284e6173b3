const express = require('express');
const path = require('path');
const fs = require('fs');

const DOCS_DIR = path.join(__dirname, '..', 'private-docs');
const router = express.Router();

router.get('/file/:name', (req, res) => {
  const name = req.params.name;
  // expect: path-traversal
  fs.createReadStream(path.join(DOCS_DIR, name)).on('error', () => res.status(404).end()).pipe(res);
});

router.get('/view/:name', (req, res) => {
  res.sendFile(req.params.name, { root: DOCS_DIR, dotfiles: 'deny' });
});

module.exports = router;
