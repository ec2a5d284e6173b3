// Mirrors a customer's repository for the code-review bot. Customers paste a clone URL
// in the project settings; the worker clones it into a scratch directory.
'use strict';

const { spawn } = require('child_process');
const path = require('path');

const SCRATCH = '/var/lib/reviewbot/scratch';
const BOT_DOCS_REPO = 'https://github.com/reviewbot/docs.git';

function run(child) {
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error('git exited ' + code))));
  });
}

function cloneProject(project) {
  const dest = path.join(SCRATCH, String(Number(project.id)));
  // expect: command-injection
  return run(spawn('git', ['clone', '--depth', '1', project.cloneUrl, dest]));
}

function cloneBranch(project, branch) {
  const dest = path.join(SCRATCH, String(Number(project.id)) + '-branch');
  // expect: command-injection
  return run(spawn('git', ['clone', '--branch', branch, project.cloneUrl, dest]));
}

function cloneWithoutExt(project) {
  const dest = path.join(SCRATCH, String(Number(project.id)));
  return run(spawn('git', ['-c', 'protocol.ext.allow=never', '-c', 'protocol.file.allow=never', 'clone', '--depth', '1', '--', project.cloneUrl, dest]));
}

function cloneDocs() {
  return run(spawn('git', ['clone', '--depth', '1', BOT_DOCS_REPO, path.join(SCRATCH, 'docs')]));
}

function cloneMirror(source) {
  // expect: command-injection
  return run(spawn('git', ['clone', '--mirror', source]));
}

function fetchUpdates(project) {
  const dir = path.join(SCRATCH, String(Number(project.id)));
  return run(spawn('git', ['-C', dir, 'fetch', '--prune', 'origin']));
}

module.exports = { cloneProject, cloneBranch, cloneWithoutExt, cloneDocs, cloneMirror, fetchUpdates };
