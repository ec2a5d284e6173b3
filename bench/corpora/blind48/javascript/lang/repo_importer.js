'use strict';

// Imports a customer's repository for analysis: clones it into a scratch
// directory and hands the checkout to the indexer.
const { spawn } = require('child_process');
const childProcess = require('child_process');
const path = require('path');
const os = require('os');
const crypto = require('crypto');

const TEMPLATE_REPO = 'https://github.com/example/project-template.git';

function scratchDir() {
  return path.join(os.tmpdir(), 'import-' + crypto.randomUUID());
}

function waitFor(child) {
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error('git exited ' + code))));
  });
}

async function importRepository(req, res) {
  const dest = scratchDir();
  // expect: command-injection
  await waitFor(spawn('git', ['clone', req.body.repoUrl, dest]));
  res.json({ checkout: dest });
}

async function shallowClone(repo) {
  const dest = scratchDir();
  // expect: command-injection
  const child = childProcess.spawn('git', ['clone', '--depth', '1', '--branch', repo.branch, repo.url, dest]);
  await waitFor(child);
  return dest;
}

class MirrorJob {
  constructor(source) {
    this.source = source;
  }

  run() {
    // expect: command-injection
    return waitFor(childProcess.spawn('git', ['clone', '--mirror', this.source]));
  }
}

function cloneFromQueue(message) {
  const { remote } = JSON.parse(message.body);
  // expect: command-injection
  return waitFor(spawn('git', ['clone', remote], { cwd: os.tmpdir(), stdio: 'inherit' }));
}

// Safe look-alikes: a constant URL, and a URL checked to be plain https on a known host.
function cloneTemplate(dest) {
  return waitFor(spawn('git', ['clone', 'https://github.com/example/starter.git', dest]));
}

function cloneTemplateConst(dest) {
  return waitFor(spawn('git', ['clone', '--depth', '1', TEMPLATE_REPO, dest]));
}

async function cloneChecked(raw) {
  const url = new URL(raw);
  if (url.protocol !== 'https:' || url.hostname !== 'github.com') {
    throw new Error('only https://github.com repositories can be imported');
  }
  const dest = scratchDir();
  await waitFor(spawn('git', ['clone', '--', url.href, dest]));
  return dest;
}

module.exports = { importRepository, shallowClone, MirrorJob, cloneFromQueue, cloneTemplate, cloneTemplateConst, cloneChecked };
