'use strict';

const fs = require('fs');
const path = require('path');
const { execFile } = require('child_process');

const LOG_DIR = '/var/log/acme';
const TENANTS = /^[a-z0-9-]{3,32}$/;

function tenantOf(req) {
  return req.headers['x-tenant-id'] || 'default';
}

function auditLog(req, res, next) {
  const tenant = tenantOf(req);
  const line = JSON.stringify({ at: Date.now(), path: req.path, user: req.user && req.user.id }) + '\n';
  // expect: path-traversal
  fs.appendFile(path.join(LOG_DIR, tenant + '.log'), line, () => next());
}

function auditLogChecked(req, res, next) {
  const tenant = tenantOf(req);
  if (!TENANTS.test(tenant)) return res.status(400).end();
  fs.appendFile(path.join(LOG_DIR, `${tenant}.log`), `${req.method} ${req.path}\n`, () => next());
}

function rotate(req, res) {
  execFile('logrotate', ['-f', '/etc/logrotate.d/acme'], (err) => res.status(err ? 500 : 204).end());
}

function debugEcho(req, res) {
  const ua = req.get('user-agent') || '';
  // expect: xss
  res.end('<pre>' + ua + '</pre>');
}

module.exports = { auditLog, auditLogChecked, rotate, debugEcho };
