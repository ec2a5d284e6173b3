'use strict';

const { exec, execFile } = require('child_process');

const DEFAULTS = { timeout: 120000, maxBuffer: 10 * 1024 * 1024 };

// Runs a shell command line and resolves with its stdout.
function sh(command, options = {}) {
  return new Promise((resolve, reject) => {
    // expect: command-injection
    exec(command, { ...DEFAULTS, ...options }, (err, stdout, stderr) => {
      if (err) {
        err.stderr = stderr;
        return reject(err);
      }
      resolve(stdout);
    });
  });
}

// Runs a program with an argument vector (no shell).
function run(file, args, options = {}) {
  return new Promise((resolve, reject) => {
    execFile(file, args, { ...DEFAULTS, ...options }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

module.exports = { sh, run };
