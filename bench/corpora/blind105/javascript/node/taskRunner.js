'use strict';

const { spawn, spawnSync } = require('child_process');
const childProcess = require('child_process');

// Runs the commands configured per pipeline step in the CI dashboard.
function runStep(step) {
  // expect: command-injection
  const child = spawn(step.command, { shell: true, stdio: 'inherit' });
  return new Promise((resolve) => child.on('close', resolve));
}

function runScript(scriptName, extraArgs) {
  // expect: command-injection
  return spawnSync('npm', ['run', scriptName, '--', ...extraArgs], { shell: true, encoding: 'utf8' });
}

function runHook(hook, env) {
  // expect: command-injection
  return childProcess.spawn(hook.cmd, hook.args, { env, shell: process.platform === 'win32' });
}

function runInBash(snippet, cwd) {
  // expect: command-injection
  return childProcess.spawnSync('bash', ['-c', snippet], { cwd, shell: '/bin/bash' });
}

// Safe look-alikes: no shell, argument arrays.
function listFiles(dir) {
  return spawnSync('ls', ['-la', dir], { encoding: 'utf8', shell: false });
}

function compress(file) {
  return spawn('gzip', ['-k', file], { stdio: 'ignore' });
}

function nodeVersion() {
  return childProcess.execFileSync(process.execPath, ['--version'], { encoding: 'utf8' });
}

module.exports = { runStep, runScript, runHook, runInBash, listFiles, compress, nodeVersion };
