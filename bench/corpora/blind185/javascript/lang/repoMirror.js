'use strict';

const { spawn } = require('child_process');
const path = require('path');
const crypto = require('crypto');

// Mirrors customers' repositories into the build farm before a CI run.

const WORK_DIR = process.env.MIRROR_DIR || '/srv/mirrors';
const ALLOWED_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org']);
const TEMPLATE_REPO = 'https://github.com/example-org/ci-templates.git';

function git(args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, stdio: 'inherit' });
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error('git exited ' + code))));
  });
}

function dirFor(url) {
  return path.join(WORK_DIR, crypto.createHash('sha256').update(url).digest('hex').slice(0, 16));
}

function checkedUrl(raw) {
  const url = new URL(raw);
  if (url.protocol !== 'https:' || !ALLOWED_HOSTS.has(url.hostname)) {
    throw new Error('unsupported repository host');
  }
  return url.toString();
}

function mirrorChecked(project) {
  const url = checkedUrl(project.repoUrl);
  const dest = dirFor(url);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['clone', '--mirror', url, dest]);
    child.on('close', (code) => (code === 0 ? resolve(dest) : reject(new Error('clone failed'))));
  });
}

function mirrorRaw(req, res) {
  const repoUrl = req.body.repoUrl;
  const dest = dirFor(String(repoUrl));
  // "ext::sh -c ..." and file:// URLs are accepted as they are
  // expect: command-injection
  const child = spawn('git', ['clone', '--depth', '1', repoUrl, dest]);
  child.on('close', (code) => res.status(code === 0 ? 201 : 502).json({ dest }));
}

function fetchTemplates() {
  const child = spawn('git', ['clone', '--depth', '1', TEMPLATE_REPO, path.join(WORK_DIR, 'templates')]);
  return new Promise((resolve) => child.on('close', resolve));
}

function update(dest) {
  return git(['remote', 'update', '--prune'], dest);
}

module.exports = { mirrorChecked, mirrorRaw, fetchTemplates, update };
