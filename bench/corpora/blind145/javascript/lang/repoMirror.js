'use strict';

const { spawn } = require('child_process');
const path = require('path');
const log = require('./log');

const MIRROR_ROOT = '/var/lib/mirror';
const TEMPLATE_REPO = 'https://github.com/acme/service-template.git';

function run(child) {
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error('git exited ' + code))));
  });
}

function cloneTemplate(dest) {
  return run(spawn('git', ['clone', '--depth', '1', TEMPLATE_REPO, dest]));
}

function cloneDocs() {
  return run(spawn('git', ['clone', 'https://github.com/acme/docs.git', 'docs']));
}

function mirrorProject(project) {
  const dest = path.join(MIRROR_ROOT, String(project.id));
  log.info('mirroring', project.repoUrl);
  // expect: command-injection
  return run(spawn('git', ['clone', '--mirror', project.repoUrl, dest]));
}

function cloneForBuild(job) {
  // expect: command-injection
  return run(spawn('git', ['clone', job.sourceUrl]));
}

function cloneChecked(url, dest) {
  const u = new URL(url);
  if (u.protocol !== 'https:' || u.hostname !== 'github.com') {
    throw new Error('only https GitHub URLs are mirrored');
  }
  return run(spawn('git', ['clone', '--', u.href, dest]));
}

function fetchUpdates(dest) {
  return run(spawn('git', ['fetch', '--prune'], { cwd: dest }));
}

function cloneFromWebhook(payload) {
  const cp = require('child_process');
  const target = path.join(MIRROR_ROOT, 'hooks', String(payload.repository.id));
  // expect: command-injection
  return run(cp.spawn('git', ['clone', payload.repository.clone_url, target]));
}

module.exports = { cloneTemplate, cloneDocs, mirrorProject, cloneForBuild, cloneChecked, fetchUpdates, cloneFromWebhook };
