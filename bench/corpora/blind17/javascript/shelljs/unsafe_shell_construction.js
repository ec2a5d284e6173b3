// library: shelljs (exported helper module)
const shell = require('shelljs');
const cp = require('child_process');

/**
 * Archive a directory. Exported for use by other packages.
 * @param {string} dir directory to archive
 * @param {string} outFile archive name
 */
function archive(dir, outFile) {
  // expect: command-injection
  return shell.exec(`tar -czf ${outFile} -C ${dir} .`, { silent: true }).code;
}

function checksum(file) {
  // expect: command-injection
  return cp.execSync('sha256sum "' + file + '"').toString().split(' ')[0];
}

function archiveSafe(dir, outFile) {
  return cp.spawnSync('tar', ['-czf', outFile, '-C', dir, '.']).status;
}

function checksumSafe(file) {
  return cp.execFileSync('sha256sum', ['--', file]).toString().split(' ')[0];
}

function cleanBuild() {
  shell.rm('-rf', 'build');
  return shell.exec('npm run build', { silent: true }).code;
}

module.exports = { archive, checksum, archiveSafe, checksumSafe, cleanBuild };
