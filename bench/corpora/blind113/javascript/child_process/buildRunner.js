'use strict';

const { spawn, spawnSync } = require('child_process');
const cp = require('child_process');

// Runs the build and deploy steps configured per project in the CI UI.

function runStep(step, cwd) {
  return new Promise((resolve, reject) => {
    // expect: command-injection
    const child = spawn(step.command, { cwd, shell: true, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`step failed: ${code}`))));
  });
}

function runHook(project, hookName) {
  const hook = project.hooks[hookName];
  // expect: command-injection
  return spawnSync(hook, [], { cwd: project.dir, shell: '/bin/bash', encoding: 'utf8' });
}

function archive(project, outName) {
  // expect: command-injection
  return cp.spawn('tar', ['-czf', outName, project.dir], { shell: true });
}

function runTests(project) {
  const opts = { cwd: project.dir, env: process.env, shell: process.platform === 'win32' };
  // expect: command-injection
  return cp.spawnSync(project.testCommand, opts);
}

function gitStatus(dir) {
  return spawnSync('git', ['status', '--porcelain'], { cwd: dir, shell: false, encoding: 'utf8' });
}

function npmCi(dir) {
  return spawn('npm', ['ci', '--no-audit'], { cwd: dir, stdio: 'inherit' });
}

module.exports = { runStep, runHook, archive, runTests, gitStatus, npmCi };
