'use strict';

const { spawn } = require('child_process');
const cp = require('child_process');
const path = require('path');

const MIRROR_ROOT = process.env.MIRROR_ROOT || '/var/lib/mirrors';

// Mirrors repositories that users register in the project settings page.
function mirrorRepository(project) {
  const dest = path.join(MIRROR_ROOT, String(project.id));
  // expect: command-injection
  return spawn('git', ['clone', '--mirror', project.repoUrl, dest]);
}

function shallowClone(remote, workdir) {
  // expect: command-injection
  const child = cp.spawn('git', ['clone', '--depth', '1', remote], { cwd: workdir, stdio: 'pipe' });
  return new Promise((resolve, reject) => {
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git exited ${code}`))));
  });
}

async function importTemplate(templateRepo, branch, target) {
  // expect: command-injection
  const proc = spawn('git', ['clone', '-b', branch, templateRepo, target]);
  await new Promise((r) => proc.on('exit', r));
}

function cloneFromWebhook(payload) {
  const url = payload.repository.clone_url;
  // expect: command-injection
  return cp.spawn('git', ['clone', url], { cwd: MIRROR_ROOT });
}

// Safe look-alikes: fixed remotes, non-clone git commands, validated https URLs.
function cloneDocsSite(dest) {
  return spawn('git', ['clone', 'https://github.com/example-org/docs-site.git', dest]);
}

function updateMirror(dir) {
  return spawn('git', ['remote', 'update', '--prune'], { cwd: dir });
}

function fetchTags(dir, remoteName) {
  return cp.spawn('git', ['fetch', '--tags', remoteName], { cwd: dir });
}

module.exports = { mirrorRepository, shallowClone, importTemplate, cloneFromWebhook, cloneDocsSite, updateMirror, fetchTags };
