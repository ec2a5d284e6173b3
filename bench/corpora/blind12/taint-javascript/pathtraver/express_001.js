// library: Express + fs.readFile
// fs.readFile: value from the request (params)
const express = require('express');
const fs = require('fs');
const path = require('path');

const router = express.Router();

const UPLOAD_DIR = path.join(__dirname, 'uploads');

router.get('/files/:file', async (req, res) => {
  const param = req.params.file ?? '';
  const num = 50;
  let bar;
  if (7 * 18 + num > 200) {
    bar = 'readme.txt';
  } else {
    bar = param;
  }
  // expect: path-traversal
  fs.readFile(path.join(UPLOAD_DIR, bar), 'utf8', (err, data) => {
    res.json({ content: err ? null : data });
  });
});

module.exports = router;
