// library: node:child_process running git clone on a user-supplied URL
const { spawn, execFileSync } = require('child_process');
const path = require('path');

const WORKDIR = '/srv/mirrors';

function mirror(repoUrl, name) {
  const dest = path.join(WORKDIR, path.basename(name));
  // expect: command-injection
  return spawn('git', ['clone', '--mirror', repoUrl, dest]);
}

function mirrorSafe(repoUrl, name) {
  const dest = path.join(WORKDIR, path.basename(name));
  if (!/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+(\.git)?$/.test(repoUrl)) throw new Error('unsupported url');
  return spawn('git', ['clone', '--mirror', '--', repoUrl, dest]);
}

function fetchTemplate() {
  return spawn('git', ['clone', '--depth', '1', 'https://github.com/example/starter.git', '/tmp/starter']);
}

function checkoutRef(dir, ref) {
  // expect: command-injection
  return execFileSync('git', ['-C', dir, 'checkout', ref], { encoding: 'utf8' });
}

function checkoutRefSafe(dir, ref) {
  return execFileSync('git', ['-C', dir, 'checkout', '--end-of-options', ref, '--'], { encoding: 'utf8' });
}

function lsRemote(url) {
  // expect: command-injection
  return execFileSync('git', ['ls-remote', url], { encoding: 'utf8' });
}

module.exports = { mirror, mirrorSafe, fetchTemplate, checkoutRef, checkoutRefSafe, lsRemote };
