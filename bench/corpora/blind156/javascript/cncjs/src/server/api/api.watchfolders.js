// REST API for the watch folder: list files and read one, always below settings.watchDirectory.
const fs = require('node:fs');
const path = require('node:path');
const settings = require('../config/settings');
const { ERR_BAD_REQUEST, ERR_NOT_FOUND } = require('./constants');

function resolveInside(root, relative) {
  const base = path.resolve(root);
  const target = path.resolve(base, relative);
  return target === base || target.startsWith(base + path.sep) ? target : null;
}

const getFiles = (req, res) => {
  const dir = resolveInside(settings.watchDirectory, String(req.body.path || req.query.path || ''));
  if (!dir) return res.status(ERR_BAD_REQUEST).send({ msg: 'Invalid path' });
  fs.readdir(dir, { withFileTypes: true }, (err, entries) => {
    if (err) return res.status(ERR_NOT_FOUND).send({ msg: 'Not found' });
    return res.send({ path: path.relative(settings.watchDirectory, dir), files: entries.map((e) => ({ name: e.name, type: e.isDirectory() ? 'd' : 'f' })) });
  });
};

const readFile = (req, res) => {
  const file = String(req.body.file || req.query.file || '');
  const target = path.join(settings.watchDirectory, file);
  // expect: path-traversal
  fs.readFile(target, 'utf8', (err, data) => {
    if (err) return res.status(ERR_NOT_FOUND).send({ msg: 'Not found' });
    return res.send({ file, data });
  });
};

module.exports = { getFiles, readFile };
