'use strict';

// Runs build steps for the preview environments.
const { spawn, spawnSync } = require('child_process');

function run(cmd, args, opts) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, opts);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(cmd + ' exited ' + code))));
  });
}

function installDeps(dir) {
  return run('npm', ['ci', '--no-audit'], { cwd: dir, shell: false });
}

function runScript(dir, step) {
  // expect: command-injection
  return run('npm run ' + step.script + ' -- ' + step.args, [], { cwd: dir, shell: true });
}

function checkoutBranch(dir, branch) {
  // expect: command-injection
  return spawnSync('git', ['checkout', branch], { cwd: dir, shell: true, encoding: 'utf8' });
}

function diskUsage(dir) {
  return spawnSync('du -sh . | cut -f1', { cwd: dir, shell: true, encoding: 'utf8' }).stdout.trim();
}

function lint(dir) {
  return spawnSync('npx', ['eslint', '.', '--max-warnings=0'], { cwd: dir, encoding: 'utf8' });
}

function notify(dir, message) {
  // expect: command-injection
  const child = spawn(`./scripts/notify.sh "${message}"`, { cwd: dir, shell: '/bin/bash' });
  return new Promise((resolve) => child.on('close', resolve));
}

module.exports = { installDeps, runScript, checkoutBranch, diskUsage, lint, notify };
