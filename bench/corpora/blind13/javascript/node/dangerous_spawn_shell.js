// library: node:child_process spawn of a shell with -c
const { spawn, spawnSync, execFile } = require('child_process');

function runHook(hookCommand, repoDir) {
  // expect: command-injection
  const child = spawn('sh', ['-c', hookCommand], { cwd: repoDir, stdio: 'inherit' });
  return new Promise((resolve) => child.on('close', resolve));
}

function compressLogs(dir, pattern) {
  // expect: command-injection
  return spawnSync('/bin/bash', ['-c', `tar czf logs.tgz ${dir}/${pattern}`], { encoding: 'utf8' });
}

function cleanupTmp() {
  return spawnSync('sh', ['-c', 'find /tmp/app-cache -type f -mtime +7 -delete'], { stdio: 'ignore' });
}

function convertImage(input, output, width) {
  return spawn('convert', [input, '-resize', `${Number(width)}x`, output]);
}

function countLines(file) {
  return new Promise((resolve, reject) => {
    execFile('wc', ['-l', '--', file], (err, stdout) => (err ? reject(err) : resolve(parseInt(stdout, 10))));
  });
}

function windowsBackup(target) {
  // expect: command-injection
  return spawn('cmd.exe', ['/c', 'robocopy C:\\data ' + target + ' /MIR']);
}

module.exports = { runHook, compressLogs, cleanupTmp, convertImage, countLines, windowsBackup };
