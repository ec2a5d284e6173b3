'use strict';

const shell = require('shelljs');
const path = require('path');
const log = require('../lib/log');

shell.config.fatal = false;
const RELEASES = '/srv/app/releases';
const BRANCH_RE = /^[A-Za-z0-9._\/-]{1,100}$/;

function checkout(repoUrl, branch) {
  // expect: command-injection
  return shell.exec(`git clone --depth 1 --branch ${branch} ${repoUrl} ${RELEASES}/next`);
}

function tagRelease(version, message) {
  // expect: command-injection
  return shell.exec('git tag -a v' + version + ' -m "' + message + '"', { silent: true });
}

function restart(serviceName) {
  const cmd = 'systemctl restart ' + serviceName;
  // expect: command-injection
  return shell.exec(cmd);
}

function safeCheckout(branch) {
  if (!BRANCH_RE.test(branch) || branch.startsWith('-')) throw new Error('bad branch name');
  shell.cd(path.join(RELEASES, 'next'));
  return shell.exec(`git checkout ${branch}`);
}

function diskUsage() {
  return shell.exec('df -h /srv', { silent: true }).stdout;
}

function cleanOld() {
  const dirs = shell.ls(RELEASES).slice(0, -5);
  dirs.forEach((d) => shell.rm('-rf', path.join(RELEASES, d)));
  log.info('removed old releases', dirs.length);
}

function build() {
  shell.cd(path.join(RELEASES, 'next'));
  return shell.exec('npm ci && npm run build');
}

module.exports = { checkout, tagRelease, restart, safeCheckout, diskUsage, cleanOld, build };
