'use strict';

const childProcess = require('child_process');
const path = require('path');
const fs = require('fs');
const crypto = require('crypto');

const EXPORT_DIR = path.resolve(process.env.EXPORT_DIR || path.join(__dirname, '../../exports'));

function exportKeys (connOptions, opts, callback) {
  const file = crypto.randomUUID() + '.txt';
  const out = path.join(EXPORT_DIR, file);
  const db = parseInt(opts.dbIndex, 10) || 0;
  if (opts.format === 'raw') {
    const args = ['-h', connOptions.host, '-p', String(connOptions.port), '-n', String(db), '--scan', '--pattern', String(opts.pattern)];
    return childProcess.execFile('redis-cli', args, { maxBuffer: 64 * 1024 * 1024 }, function (err, stdout) {
      if (err) return callback(err);
      fs.writeFile(out, stdout, function (e) { callback(e, file); });
    });
  }
  // expect: command-injection
  childProcess.exec('redis-cli -h ' + connOptions.host + ' -p ' + connOptions.port + ' -n ' + db + ' --scan --pattern "' + opts.pattern + '" > ' + out, function (err) {
    callback(err, file);
  });
}

function exportPath (file) {
  // expect: path-traversal
  return path.join(EXPORT_DIR, file);
}

function latestExportPath (connectionId) {
  const safeId = String(connectionId).replace(/[^\w-]/g, '_');
  return path.join(EXPORT_DIR, path.basename(safeId + '-latest.txt'));
}

module.exports = { exportKeys, exportPath, latestExportPath, EXPORT_DIR };
