// library: shelljs (exec of interpolated command strings)
const shell = require('shelljs');

shell.config.fatal = true;

function deployBranch(branch) {
  // expect: command-injection
  shell.exec(`git fetch origin && git checkout ${branch}`);
  shell.exec('npm ci --omit=dev', { silent: true });
}

function tagRelease(version) {
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error('bad version');
  shell.exec(`git tag v${version} && git push origin v${version}`);
}

function archive(dir, outName) {
  // expect: command-injection
  const result = shell.exec('tar czf /backups/' + outName + '.tgz ' + dir, { async: false });
  return result.code;
}

function copyAssets(srcDir, destDir) {
  shell.mkdir('-p', destDir);
  shell.cp('-R', `${srcDir}/*`, destDir);
  return shell.ls(destDir).length;
}

function grepLogs(term, cb) {
  // expect: command-injection
  shell.exec(`grep -R "${term}" /var/log/app`, { silent: true }, (code, stdout) => cb(stdout));
}

function diskUsage() {
  return shell.exec('df -h /', { silent: true }).stdout;
}

module.exports = { deployBranch, tagRelease, archive, copyAssets, grepLogs, diskUsage };
