'use strict';

const fs = require('fs');
const path = require('path');
const errors = require('restify-errors');

const ROOT = path.resolve(process.env.FILES_ROOT || '/srv/gateway/files');

function resolveInside(name) {
  const full = path.resolve(ROOT, name);
  return full.startsWith(ROOT + path.sep) ? full : null;
}

function get(req, res, next) {
  const full = resolveInside(req.params.name);
  if (!full) return next(new errors.NotFoundError());
  const stream = fs.createReadStream(full);
  stream.on('error', () => next(new errors.NotFoundError()));
  stream.on('end', () => next());
  res.setHeader('content-type', 'application/octet-stream');
  stream.pipe(res);
}

function exportCsv(req, res, next) {
  const name = req.params.name;
  const label = req.query.label || name;
  const dept = req.client.department || 'all';
  // expect: path-traversal
  const stream = fs.createReadStream(path.join(ROOT, dept, name));
  stream.on('error', () => next(new errors.NotFoundError()));
  stream.on('end', () => next());
  // expect: header-injection
  res.setHeader('Content-Disposition', 'attachment; filename=' + label);
  res.setHeader('X-Exported-By', encodeURIComponent(req.client.id));
  stream.pipe(res);
}

module.exports = { get, exportCsv };
