'use strict';

const cp = require('child_process');
const childProcess = require('node:child_process');
const { spawn } = require('child_process');
const path = require('path');
const os = require('os');

const WORK_ROOT = path.join(os.tmpdir(), 'mirrors');
const TEMPLATE_REPO = 'https://github.com/acme/service-template.git';

function waitFor(proc) {
  return new Promise((resolve, reject) => {
    proc.on('error', reject);
    proc.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git exited with ${code}`))));
  });
}

// POST /imports { repoUrl }
function importRepository(repoUrl, importId) {
  const dest = path.join(WORK_ROOT, String(importId));
  // expect: command-injection
  const git = spawn('git', ['clone', repoUrl, dest], { stdio: 'inherit' });
  return waitFor(git);
}

function shallowClone(url) {
  // expect: command-injection
  return waitFor(cp.spawn('git', ['clone', '--depth', '1', url]));
}

async function cloneBranch(job) {
  const workdir = path.join(WORK_ROOT, job.id);
  const proc = childProcess.spawn(
    'git',
    // expect: command-injection
    ['clone', '--branch', job.branch, job.remote, workdir],
    { cwd: WORK_ROOT, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }
  );
  await waitFor(proc);
  return workdir;
}

class MirrorService {
  constructor(git = childProcess) {
    this.git = git;
  }

  mirror(source) {
    // expect: command-injection
    const proc = this.git.spawn('git', ['clone', '--mirror', source]);
    return waitFor(proc);
  }
}

// The template repository is a constant.
function scaffold() {
  return waitFor(spawn('git', ['clone', TEMPLATE_REPO, path.join(WORK_ROOT, 'scaffold')]));
}

// Only https GitHub URLs with plain owner/name parts, passed after "--".
function cloneFromGitHub(owner, repo) {
  if (!/^[\w-][\w.-]*$/.test(owner) || !/^[\w-][\w.-]*$/.test(repo)) {
    throw new Error('invalid repository name');
  }
  const url = `https://github.com/${owner}/${repo}.git`;
  return waitFor(spawn('git', ['clone', '--', url, path.join(WORK_ROOT, owner, repo)]));
}

module.exports = { importRepository, shallowClone, cloneBranch, MirrorService, scaffold, cloneFromGitHub };
