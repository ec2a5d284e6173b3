'use strict';

const { spawn, spawnSync, execFile } = require('child_process');
const child_process = require('child_process');
const cp = require('node:child_process');

const SPAWN_OPTS = {
  cwd: process.cwd(),
  // expect: command-injection
  shell: true,
  stdio: 'inherit',
};

function runTask(task) {
  // expect: command-injection
  return spawn(task.command, { shell: true });
}

function runNpmScript(script) {
  return child_process.spawnSync('npm', ['run', script], {
    stdio: 'inherit',
    // expect: command-injection
    shell: true,
  });
}

function runWithBash(command, args, cwd) {
  // expect: command-injection
  return cp.spawn(command, args, { cwd, shell: '/bin/bash' });
}

function runPortable(cmd) {
  // expect: command-injection
  return spawn(cmd, [], { stdio: 'inherit', shell: process.platform === 'win32' });
}

function runHook(hook) {
  return spawn(hook.program, hook.args, SPAWN_OPTS);
}

// Argument vectors, no shell.
function lint(files) {
  return spawnSync('npx', ['eslint', '--', ...files], { stdio: 'inherit', shell: false });
}

function compile(entry) {
  return spawn(process.execPath, ['build.js', '--entry', entry], { stdio: 'inherit' });
}

function gitHead(cb) {
  execFile('git', ['rev-parse', 'HEAD'], cb);
}

module.exports = { runTask, runNpmScript, runWithBash, runPortable, runHook, lint, compile, gitHead };
