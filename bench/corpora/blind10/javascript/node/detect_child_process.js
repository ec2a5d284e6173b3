// library: child_process (exec / execSync with built strings)
const { exec, execFile, execSync, spawn } = require('child_process');

function resizeImage(input, output, width) {
  return new Promise((resolve, reject) => {
    // expect: command-injection
    exec(`convert ${input} -resize ${width} ${output}`, (err) => (err ? reject(err) : resolve(output)));
  });
}

function resizeImageSafe(input, output, width) {
  return new Promise((resolve, reject) => {
    execFile('convert', [input, '-resize', String(width), output], (err) => (err ? reject(err) : resolve(output)));
  });
}

function gitLog(repoDir, branch) {
  // expect: command-injection
  return execSync('git -C ' + repoDir + ' log --oneline ' + branch).toString();
}

function gitLogSafe(repoDir, branch) {
  const child = spawn('git', ['-C', repoDir, 'log', '--oneline', '--', branch]);
  return new Promise((resolve) => {
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.on('close', () => resolve(out));
  });
}

function diskFree() {
  return execSync('df -h /').toString();
}

function archive(dir, name) {
  // expect: command-injection
  return spawn('sh', ['-c', `tar czf /backups/${name}.tgz ${dir}`]);
}

module.exports = { resizeImage, resizeImageSafe, gitLog, gitLogSafe, diskFree, archive };
