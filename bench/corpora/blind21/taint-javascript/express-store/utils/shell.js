// express-store/utils/shell.js: wrappers around child_process used by the media routes
'use strict';
const { exec, execFile } = require('child_process');

/** Runs a shell command line and resolves with stdout. */
function sh(commandLine, options = {}) {
  return new Promise((resolve, reject) => {
    exec(commandLine, { timeout: 60000, ...options }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

/** Runs a program with an argument array (no shell) and resolves with stdout. */
function run(program, args, options = {}) {
  return new Promise((resolve, reject) => {
    execFile(program, args, { timeout: 60000, ...options }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

/** Quotes one argument for a POSIX shell. */
function quote(arg) {
  return `'${String(arg).replace(/'/g, `'\\''`)}'`;
}

/** Runs git in a working tree with an argument array. */
function git(cwd, ...args) {
  return run('git', ['-C', cwd, ...args]);
}

/** Resolves with true when the program is on PATH. */
async function has(programName) {
  try {
    await run('which', [programName]);
    return true;
  } catch {
    return false;
  }
}

/** Splits command output into trimmed, non-empty lines. */
function lines(stdout) {
  return String(stdout)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

module.exports = { sh, run, quote, git, has, lines };
