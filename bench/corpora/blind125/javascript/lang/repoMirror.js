'use strict';

const { spawn } = require('child_process');
const cp = require('child_process');
const path = require('path');

const MIRROR_ROOT = '/srv/mirrors';

// Clone a repository the user registered in the dashboard.
function cloneRepo(repoUrl, dest) {
  return new Promise((resolve, reject) => {
    // expect: command-injection
    const child = spawn('git', ['clone', repoUrl, dest]);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(dest) : reject(new Error(`git exited ${code}`))));
  });
}

function createMirror(req, res) {
  const { url } = req.body;
  const target = path.join(MIRROR_ROOT, `${req.params.id}.git`);
  // expect: command-injection
  const child = cp.spawn('git', ['clone', '--mirror', url, target]);
  child.on('close', (code) => res.status(code === 0 ? 201 : 500).json({ code }));
}

async function buildFromJob(job) {
  const workdir = `/tmp/build-${job.id}`;
  // expect: command-injection
  const child = cp.spawn('git', ['clone', '--depth', '1', job.source.gitUrl, workdir], { stdio: 'inherit' });
  return new Promise((resolve) => child.on('close', resolve));
}

// Safe look-alikes.
function fetchTemplates() {
  return spawn('git', ['clone', 'https://github.com/acme/starter-templates.git', 'vendor/templates']);
}

function updateMirror(dest) {
  return spawn('git', ['remote', 'update', '--prune'], { cwd: dest });
}

function pullLatest(dest) {
  return cp.spawn('git', ['pull', '--ff-only'], { cwd: dest });
}

module.exports = { cloneRepo, createMirror, buildFromJob, fetchTemplates, updateMirror, pullLatest };
