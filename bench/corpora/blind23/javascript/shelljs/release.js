// shelljs: release script for the monorepo packages
const shell = require('shelljs');
const path = require('path');

const version = process.argv[2];
const pkgFilter = process.env.PKG_FILTER || '';

if (!shell.which('git')) {
  shell.echo('git is required');
  shell.exit(1);
}

function tagRelease(v) {
  // expect: command-injection
  shell.exec(`git tag -a v${v} -m "release ${v}"`);
}

function tagReleaseSafe(v) {
  if (!/^\d+\.\d+\.\d+$/.test(v)) throw new Error('bad version');
  shell.exec(`git tag -a v${v} -m "release ${v}"`);
}

function publish(pkgDir) {
  shell.pushd(pkgDir);
  // expect: command-injection
  const r = shell.exec('npm publish --tag ' + process.env.NPM_DIST_TAG, { silent: true });
  shell.popd();
  return r.code;
}

function cleanBuilds() {
  shell.rm('-rf', path.join(__dirname, 'packages', '*', 'dist'));
  shell.exec('npm run build --workspaces', { silent: false });
}

function listPackages() {
  return shell.ls('packages').filter((p) => p.includes(pkgFilter));
}

function changelog(since) {
  // expect: command-injection
  return shell.exec(`git log ${since}..HEAD --pretty=format:%s`, { silent: true }).stdout;
}

function currentBranch() {
  return shell.exec('git rev-parse --abbrev-ref HEAD', { silent: true }).stdout.trim();
}

cleanBuilds();
if (currentBranch() === 'main') {
  tagReleaseSafe(version);
  listPackages().forEach((p) => publish(path.join('packages', p)));
  console.log(changelog(process.env.SINCE_TAG));
} else {
  tagRelease(version);
}
