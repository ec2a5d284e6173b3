const { exec, execSync, spawn, spawnSync, execFile } = require('child_process');
const path = require('path');

const REPO_ROOT = process.env.REPO_ROOT || '/srv/builds';

function checkout(repoDir, branch, cb) {
  // expect: command-injection
  exec(`git -C ${repoDir} checkout ${branch}`, cb);
}

function archive(job) {
  const target = path.join(REPO_ROOT, job.id + '.tar.gz');
  // expect: command-injection
  execSync('tar -czf ' + target + ' ' + job.workspace, { stdio: 'inherit' });
  return target;
}

function runScript(job) {
  // expect: command-injection
  const child = spawn(job.command, { shell: true, cwd: job.workspace });
  child.stdout.on('data', (chunk) => process.stdout.write(chunk));
  return child;
}

function lint(job) {
  const cmd = `npx eslint ${job.paths.join(' ')}`;
  // expect: command-injection
  return spawnSync(cmd, { shell: true, encoding: 'utf8' });
}

function diskUsage(cb) {
  exec('df -h /srv/builds', cb);
}

function install(job) {
  return spawn('npm', ['ci', '--prefix', job.workspace], { stdio: 'inherit' });
}

function version(cb) {
  execFile('git', ['--version'], cb);
}

const CLEANUP = 'find /srv/builds -mtime +7 -delete';
function cleanup() {
  execSync(CLEANUP);
}

module.exports = { checkout, archive, runScript, lint, diskUsage, install, version, cleanup };
