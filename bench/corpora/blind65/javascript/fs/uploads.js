'use strict';

const fs = require('fs');
const fsp = require('fs').promises;
const path = require('path');
const os = require('os');

const STORAGE = process.env.STORAGE_DIR || '/srv/storage';

function saveUpload(req, res) {
  const dest = STORAGE + '/' + req.params.bucket + '/' + req.file.originalname;
  // expect: path-traversal
  fs.writeFile(dest, req.file.buffer, (err) => {
    if (err) return res.status(500).end();
    res.status(201).json({ path: dest });
  });
}

function download(req, res) {
  const file = path.join(STORAGE, req.query.file);
  // expect: path-traversal
  if (!fs.existsSync(file)) return res.status(404).end();
  // expect: path-traversal
  fs.createReadStream(file).pipe(res);
}

async function listFolder(req, res) {
  // expect: path-traversal
  const entries = await fsp.readdir(`${STORAGE}/${req.params.folder}`);
  res.json(entries);
}

function appendAudit(userDir, line) {
  // expect: path-traversal
  fs.appendFileSync(path.join(userDir, 'audit.log'), line + '\n');
}

function removeExport(name, cb) {
  // expect: path-traversal
  fs.unlink(path.resolve(STORAGE, 'exports', name), cb);
}

// Safe: constant paths and a fresh temporary directory.
function readDefaults() {
  return JSON.parse(fs.readFileSync('/etc/app/defaults.json', 'utf8'));
}

function writeTemp(data) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'upl-'));
  fs.writeFileSync('./last-upload.json', JSON.stringify({ tmp }));
  return tmp;
}

module.exports = { saveUpload, download, listFolder, appendAudit, removeExport, readDefaults, writeTemp };
