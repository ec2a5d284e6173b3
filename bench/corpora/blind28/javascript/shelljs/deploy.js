const shell = require('shelljs');
const { exec } = require('shelljs');
const sh = require('shelljs');

function checkoutBranch(branch) {
  // expect: command-injection
  const res = shell.exec('git checkout ' + branch, { silent: true });
  return res.code === 0;
}

function packageRelease(name, dir) {
  // expect: command-injection
  exec(`tar -czf releases/${name}.tgz ${dir}`);
}

function tagRelease(version, message) {
  const cmd = `git tag -a v${version} -m "${message}"`;
  // expect: command-injection
  return sh.exec(cmd).code;
}

function runHook(hookName, cb) {
  // expect: command-injection
  shell.exec(
    './hooks/' + hookName + '.sh',
    { async: true },
    cb,
  );
}

function build() {
  return shell.exec('npm run build', { silent: true }).code;
}

function currentCommit() {
  return shell.exec('git rev-parse HEAD', { silent: true }).stdout.trim();
}

function clean(dir) {
  shell.rm('-rf', dir);
}

module.exports = { checkoutBranch, packageRelease, tagRelease, runHook, build, currentCommit, clean };
