const { exec, execFile } = require('child_process');
const path = require('path');

const FILENAME_RE = /^[\w./-]+\.(db|sqlite3?)$/;

function testConnection(filename) {
  return new Promise((resolve) => {
    // expect: command-injection
    exec(`sqlite3 ${filename} "SELECT 1"`, (err) => resolve(!err));
  });
}

function testFile(filename, readonly) {
  if (!FILENAME_RE.test(filename)) {
    return Promise.resolve(false);
  }
  const args = readonly ? ['-readonly', path.normalize(filename), 'SELECT 1'] : [path.normalize(filename), 'SELECT 1'];
  return new Promise((resolve) => {
    execFile('sqlite3', args, (err) => resolve(!err));
  });
}

module.exports = { testConnection, testFile };
