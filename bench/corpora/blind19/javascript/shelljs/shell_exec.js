// shelljs: shell.exec with interpolated values
const shell = require('shelljs');

function cloneRepo(repoUrl, dir) {
  // expect: command-injection
  const result = shell.exec(`git clone --depth 1 ${repoUrl} ${dir}`, { silent: true });
  return result.code === 0;
}

function installDeps(dir) {
  shell.cd(dir);
  return shell.exec('npm ci --ignore-scripts', { silent: true }).code === 0;
}

function tagRelease(version) {
  // expect: command-injection
  shell.exec('git tag -a v' + version + ' -m "release ' + version + '"');
}

function tagReleaseChecked(version) {
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error('bad version');
  shell.exec(`git tag -a v${version} -m release`);
}

function cleanBuild() {
  shell.rm('-rf', 'dist');
  shell.mkdir('-p', 'dist');
}

module.exports = { cloneRepo, installDeps, tagRelease, tagReleaseChecked, cleanBuild };
