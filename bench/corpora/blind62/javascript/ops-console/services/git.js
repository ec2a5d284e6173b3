'use strict';

const path = require('path');
const { sh, run } = require('../lib/shell');

const REPOS_ROOT = process.env.REPOS_ROOT || '/srv/deploy';
const REPOS = { api: 'api', web: 'web', worker: 'worker' };

function repoDir(name) {
  const dir = REPOS[name];
  if (!dir) throw Object.assign(new Error('unknown repo'), { status: 404 });
  return path.join(REPOS_ROOT, dir);
}

async function recentCommits(name, count) {
  const n = Number.parseInt(count, 10);
  const limit = Number.isNaN(n) ? 20 : Math.min(n, 200);
  return run('git', ['-C', repoDir(name), 'log', '--oneline', `-n${limit}`]);
}

async function checkout(name, ref) {
  const dir = repoDir(name);
  await run('git', ['-C', dir, 'fetch', '--prune']);
  return sh(`cd ${dir} && git checkout ${ref} && git submodule update --init`);
}

async function checkoutSafe(name, ref) {
  const dir = repoDir(name);
  if (!/^[\w./-]{1,100}$/.test(ref) || ref.startsWith('-')) {
    throw Object.assign(new Error('bad ref'), { status: 400 });
  }
  await run('git', ['-C', dir, 'fetch', '--prune']);
  return run('git', ['-C', dir, 'checkout', ref]);
}

module.exports = { recentCommits, checkout, checkoutSafe };
