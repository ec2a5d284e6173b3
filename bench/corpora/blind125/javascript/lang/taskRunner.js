'use strict';

const { spawn, spawnSync } = require('child_process');
const childProcess = require('child_process');

// Runs the "custom step" commands users add to their pipeline definitions.
function runStep(step, env) {
  // expect: command-injection
  const child = spawn('sh', ['-c', step.command], { env: { ...process.env, ...env } });
  child.stdout.pipe(process.stdout);
  return child;
}

function archiveWorkspace(archiveName, dir) {
  // expect: command-injection
  return spawnSync('bash', ['-c', `tar -czf ${archiveName} ${dir}`], { stdio: 'inherit' });
}

function runHook(hookScript, cwd) {
  const shell = '/bin/bash';
  // expect: command-injection
  return childProcess.spawn(shell, ['-c', hookScript], { cwd, stdio: 'inherit' });
}

// Safe look-alikes: fixed shell strings, no shell at all.
function installDeps(cwd) {
  return spawnSync('sh', ['-c', 'npm ci && npm run build'], { cwd, stdio: 'inherit' });
}

function archiveWithoutShell(archiveName, dir) {
  return spawnSync('tar', ['-czf', archiveName, dir], { stdio: 'inherit' });
}

function warmUp() {
  const script = 'echo ready';
  return spawn('sh', ['-c', script]);
}

module.exports = { runStep, archiveWorkspace, runHook, installDeps, archiveWithoutShell, warmUp };
