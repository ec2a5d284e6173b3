// Runs build steps for the CI dashboard.
const { spawn, spawnSync } = require('child_process');
const cp = require('node:child_process');
const path = require('path');

const WORKSPACE = process.env.WORKSPACE || '/srv/ci/work';
const SHELL_OPTS = { cwd: WORKSPACE, shell: true, stdio: 'pipe' };

function runScript(job) {
  // expect: command-injection
  const child = spawn(`npm run ${job.script} -- --env=${job.env}`, { shell: true, cwd: WORKSPACE });
  child.stdout.on('data', (d) => job.log(d.toString()));
  return new Promise((resolve) => child.on('close', resolve));
}

function archive(job) {
  const out = path.join(WORKSPACE, 'artifacts', `${job.id}.tgz`);
  // expect: command-injection
  return cp.spawnSync('tar', ['czf', out, job.paths.join(' ')], { shell: '/bin/bash', encoding: 'utf8' });
}

function checkout(repo, ref) {
  const child = cp.spawn(
    'git fetch origin ' + ref + ' && git checkout FETCH_HEAD',
    // expect: command-injection
    { cwd: repo, shell: process.platform === 'win32' ? 'cmd.exe' : '/bin/sh' },
  );
  return child;
}

function lint(files) {
  // expect: command-injection
  return spawnSync('eslint ' + files.join(' '), SHELL_OPTS);
}

// Safe: argument arrays and no shell.
function test(job) {
  return spawn('npm', ['test', '--', `--shard=${Number(job.shard) | 0}`], { cwd: WORKSPACE, shell: false });
}

function gitStatus(repo) {
  return cp.spawnSync('git', ['status', '--porcelain'], { cwd: repo, encoding: 'utf8' });
}

// Safe: a constant command; on Windows a .cmd needs a shell, and nothing here comes from outside.
function install() {
  return spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ci'], { cwd: WORKSPACE, shell: process.platform === 'win32' });
}

module.exports = { runScript, archive, checkout, lint, test, gitStatus, install };
