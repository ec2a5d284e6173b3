'use strict';

const { spawn } = require('child_process');
const cp = require('child_process');
const path = require('path');

// Deploy hooks: repository owners put shell lines in .deploy.yml ("before", "after").

const SHELL = '/bin/bash';

function runLine(command) {
  // expect: command-injection
  return spawn('sh', ['-c', command], { stdio: 'inherit' });
}

function archive(dir, archiveName) {
  // expect: command-injection
  return cp.spawnSync('bash', ['-c', `tar -czf ${archiveName} ${dir}`], { encoding: 'utf8' });
}

function runHook(hook, cwd) {
  // expect: command-injection
  return spawn(SHELL, ['-c', hook.run], { cwd, stdio: 'inherit' });
}

function runLogin(userCmd) {
  // expect: command-injection
  return spawn('bash', ['-lc', userCmd], { env: { ...process.env, CI: '1' } });
}

function runInUserShell(line) {
  // expect: command-injection
  return cp.spawn(process.env.SHELL || 'sh', ['-c', line]);
}

// Constant scripts; user values as positional parameters ("$1"), never spliced into the script.
function installDeps(cwd) {
  return spawn('sh', ['-c', 'npm ci --no-audit && npm run build'], { cwd, stdio: 'inherit' });
}

function echoBranch(branch) {
  return spawn('sh', ['-c', 'git checkout --quiet -- "$1" && git log -1 --format=%H', 'sh', branch]);
}

function status(repoDir) {
  return spawn('git', ['status', '--porcelain'], { cwd: path.resolve(repoDir) });
}

module.exports = { runLine, archive, runHook, runLogin, runInUserShell, installDeps, echoBranch, status };
