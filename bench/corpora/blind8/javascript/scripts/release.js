// library: child_process
const { exec, execFile, execSync, spawn } = require('child_process');
const { promisify } = require('util');

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

async function currentBranch() {
  const { stdout } = await execAsync('git rev-parse --abbrev-ref HEAD');
  return stdout.trim();
}

async function tagRelease(version) {
  // expect: command-injection
  await execAsync(`git tag -a v${version} -m "release ${version}"`);
}

async function tagReleaseSafe(version) {
  await execFileAsync('git', ['tag', '-a', `v${version}`, '-m', `release ${version}`]);
}

function changelog(since) {
  // expect: command-injection
  return execSync('git log --oneline ' + since + '..HEAD').toString();
}

function publish(pkgDir, tag) {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['publish', '--tag', tag], { cwd: pkgDir, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm exited ${code}`))));
  });
}

function notify(channel, message) {
  // expect: command-injection
  spawn(`./scripts/notify.sh ${channel} "${message}"`, { shell: true, stdio: 'inherit' });
}

function cleanBuild() {
  execSync('rm -rf dist && npm run build', { stdio: 'inherit' });
}

module.exports = { currentBranch, tagRelease, tagReleaseSafe, changelog, publish, notify, cleanBuild };
