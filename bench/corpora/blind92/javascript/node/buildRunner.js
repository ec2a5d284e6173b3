'use strict';

// Helpers behind the deploy dashboard's "tools" tab (values come from the form).
const cp = require('child_process');
const { spawn, spawnSync } = require('child_process');
const path = require('path');

const SHELL = '/bin/bash';
const WORKSPACES = '/srv/deploy/workspaces';

function pingHost(form) {
  // expect: command-injection
  return spawn('sh', ['-c', `ping -c 3 ${form.host}`], { timeout: 15000 });
}

function cloneRepository(job) {
  const dest = path.join(WORKSPACES, String(job.id));
  // expect: command-injection
  const res = cp.spawnSync('bash', ['-c', `git clone --depth 1 --branch ${job.branch} ${job.repoUrl} ${dest}`]);
  return res.status === 0;
}

function convertUpload(upload) {
  const cmd = 'convert /tmp/uploads/' + upload.originalname + ' -resize 800x800 /tmp/out.png';
  // expect: command-injection
  const child = spawn(SHELL, ['-c', cmd]);
  child.stdout.pipe(process.stdout);
  return child;
}

function archiveWorkspace(job, archiveName) {
  // expect: command-injection
  return cp.spawn('zsh', ['-c', 'zip -r ' + archiveName + '.zip .'], { cwd: path.join(WORKSPACES, String(job.id)) });
}

function installDependencies(job) {
  return spawn('sh', ['-c', 'npm ci --no-audit && npm run build'], { cwd: path.join(WORKSPACES, String(job.id)) });
}

function checkoutCommit(job) {
  return spawnSync('git', ['checkout', job.commitSha], { cwd: path.join(WORKSPACES, String(job.id)) });
}

function cleanup() {
  return spawnSync('bash', ['./scripts/cleanup-workspaces.sh'], { cwd: __dirname });
}

module.exports = { pingHost, cloneRepository, convertUpload, archiveWorkspace, installDependencies, checkoutCommit, cleanup };
