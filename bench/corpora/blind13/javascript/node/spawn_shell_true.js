// library: node:child_process spawn/execFile with { shell: true }
const { spawn, execFile, spawnSync } = require('child_process');

function gitLog(branch, res) {
  // expect: command-injection
  const proc = spawn(`git log --oneline ${branch}`, { shell: true });
  proc.stdout.pipe(res);
}

function gitLogSafe(branch, res) {
  const proc = spawn('git', ['log', '--oneline', '--end-of-options', branch], { shell: false });
  proc.stdout.pipe(res);
}

function ping(host) {
  // expect: command-injection
  return spawnSync('ping', ['-c', '1', host], { shell: true, encoding: 'utf8' });
}

function buildDocs() {
  return spawn('npm run build:docs && npm run lint:docs', { shell: true, stdio: 'inherit' });
}

function resize(file, size, cb) {
  // expect: command-injection
  execFile('magick', [file, '-resize', size, 'out.png'], { shell: '/bin/bash' }, cb);
}

function resizeSafe(file, size, cb) {
  execFile('magick', [file, '-resize', `${parseInt(size, 10)}x`, 'out.png'], cb);
}

module.exports = { gitLog, gitLogSafe, ping, buildDocs, resize, resizeSafe };
