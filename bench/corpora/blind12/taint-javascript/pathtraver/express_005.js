// library: Express + fs.promises.readFile
// fs.promises.readFile: value from the request (query)
const express = require('express');
const fs = require('fs');
const path = require('path');

const router = express.Router();

const UPLOAD_DIR = path.join(__dirname, 'uploads');

const CHOICES = { a: 'readme.txt', b: 'terms.txt', c: 'logo.png' };

function pick(value) {
  return Object.hasOwn(CHOICES, value) ? CHOICES[value] : value;
}

router.get('/docs', async (req, res) => {
  const param = req.query.doc || 'readme.txt';
  const bar = pick(param);
  // expect: path-traversal
  const data = await fs.promises.readFile(`${UPLOAD_DIR}/${bar}`, 'utf8');
  res.json({ size: data.length });
});

module.exports = router;
