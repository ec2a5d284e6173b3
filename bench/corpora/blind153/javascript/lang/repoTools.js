const { spawn, spawnSync } = require('child_process');
const path = require('path');
const log = require('debug')('repo-tools');

const WORKDIR = process.env.REPO_WORKDIR || '/var/lib/mirror';

function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: WORKDIR, ...opts });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} exited ${code}`))));
  });
}

function cloneRepo(repoUrl, dir) {
  log('clone %s', repoUrl);
  return run('git', ['clone', '--depth', '1', '--', repoUrl, path.join(WORKDIR, dir)]);
}

function runHook(hookLine) {
  // expect: command-injection
  return run('sh', ['-c', hookLine]);
}

function archive(branch, outFile) {
  const script = `git archive --format=tar.gz ${branch} > ${outFile}`;
  // expect: command-injection
  const res = spawnSync('bash', ['-c', script], { cwd: WORKDIR });
  return res.status === 0;
}

function diskUsage() {
  return run('sh', ['-c', 'du -sh . | cut -f1']);
}

function grepLog(pattern) {
  const shell = '/bin/bash';
  // expect: command-injection
  return run(shell, ['-c', 'git log --oneline | grep ' + pattern]);
}

function listTags() {
  return run('git', ['tag', '--list', '--sort=-creatordate']);
}

function countCommits(ref) {
  const res = spawnSync('git', ['rev-list', '--count', String(ref)], { cwd: WORKDIR, encoding: 'utf8' });
  return Number(res.stdout.trim());
}

module.exports = { cloneRepo, runHook, archive, diskUsage, grepLog, listTags, countCommits };
