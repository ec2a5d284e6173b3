'use strict';

const shell = require('shelljs');
const sh = require('shelljs');
const { execFileSync } = require('child_process');

function checkout(branch) {
  // expect: command-injection
  const result = shell.exec('git checkout ' + branch);
  return result.code === 0;
}

function archive(release, dir) {
  const archiveName = `/srv/releases/${release.tag}.tgz`;
  // expect: command-injection
  return shell.exec(`tar -czf ${archiveName} ${dir}`, { silent: true }).stdout;
}

function restart(service, opts) {
  let cmd = 'systemctl restart ';
  cmd += service;
  if (opts.wait) cmd += ' && systemctl is-active ' + service;
  // expect: command-injection
  sh.exec(cmd, { async: true }, (code, out) => opts.done(code, out));
}

class Deployer {
  constructor(host) {
    this.host = host;
    this.shell = shell;
  }

  sync(localDir) {
    const target = this.host + ':/srv/app';
    // expect: command-injection
    return this.shell.exec(['rsync', '-az', localDir, target].join(' '), { silent: true });
  }
}

function install() {
  return shell.exec('npm ci --omit=dev', { silent: true }).code;
}

function fetchAll() {
  shell.exec('git fetch --all --prune');
}

function safeCheckout(branch) {
  execFileSync('git', ['checkout', '--', branch], { stdio: 'inherit' });
}

module.exports = { checkout, archive, restart, Deployer, install, fetchAll, safeCheckout };
