const { spawn, spawnSync } = require('child_process');
const cp = require('child_process');

function runScript(name, args) {
  // expect: command-injection
  return spawn(`npm run ${name} -- ${args.join(' ')}`, { shell: true, stdio: 'inherit' });
}

function gitCheckout(repoDir, branch) {
  // expect: command-injection
  return spawnSync('git checkout ' + branch, { cwd: repoDir, shell: true });
}

function archive(dir, out) {
  // expect: command-injection
  return cp.spawn('tar', ['-czf', out, dir], { shell: '/bin/bash' });
}

function runScriptSafely(name, args) {
  return spawn('npm', ['run', name, '--', ...args], { stdio: 'inherit' });
}

function gitFetch(repoDir) {
  return spawnSync('git', ['fetch', '--prune'], { cwd: repoDir, shell: false });
}

function listFiles(dir) {
  return cp.execFileSync('ls', ['-la', dir]).toString();
}

module.exports = { runScript, gitCheckout, archive, runScriptSafely, gitFetch, listFiles };
