// Release tooling for the monorepo.
const shell = require('shelljs');
const { execa, execaCommand } = require('execa');

function tagRelease(version, message) {
  // expect: command-injection
  shell.exec(`git tag -a v${version} -m "${message}"`);
}

async function tagReleaseSafe(version, message) {
  await execa('git', ['tag', '-a', `v${version}`, '-m', message]);
}

async function publish(pkg, tag) {
  // expect: command-injection
  await execaCommand(`npm publish ${pkg} --tag ${tag}`, { shell: true });
}

async function buildPackage(pkg) {
  // expect: command-injection
  await execa(`npm run build --workspace ${pkg}`, { shell: true });
}

async function buildPackageSafe(pkg) {
  await execa('npm', ['run', 'build', '--workspace', pkg]);
}

function cleanDist() {
  shell.rm('-rf', 'dist');
  shell.exec('git status --porcelain');
}

module.exports = { tagRelease, tagReleaseSafe, publish, buildPackage, buildPackageSafe, cleanDist };
