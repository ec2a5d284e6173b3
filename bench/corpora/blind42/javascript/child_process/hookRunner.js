const { spawn, spawnSync } = require('child_process');
const cp = require('child_process');

const SHELL = '/bin/bash';

function runHook(hook) {
  // expect: command-injection
  const child = spawn('sh', ['-c', hook.command], { stdio: 'inherit' });
  return new Promise((resolve) => child.on('close', resolve));
}

function runScript(scriptLine, cwd) {
  // expect: command-injection
  return cp.spawnSync(SHELL, ['-c', scriptLine], { cwd, encoding: 'utf8' });
}

function buildAll(targets) {
  const cmd = targets.map((t) => `make ${t}`).join(' && ');
  // expect: command-injection
  const proc = cp.spawn('bash', ['-lc', cmd], {
    env: process.env,
  });
  return proc;
}

function runFile(scriptPath) {
  // expect: command-injection
  return spawnSync('zsh', [scriptPath], { stdio: 'pipe' });
}

class TaskQueue {
  constructor(shell) {
    this.shell = shell || 'sh';
  }
  run(task) {
    // expect: command-injection
    return spawn(this.shell, ['-c', `${task.cmd} ${task.args.join(' ')}`]);
  }
}

// Safe look-alikes: a constant shell script, a program without a shell, a quoted variable in env.
function cleanTmp() {
  return spawnSync('sh', ['-c', 'rm -rf /tmp/build-*'], { stdio: 'inherit' });
}

function gitLog(repoDir, ref) {
  return spawn('git', ['-C', repoDir, 'log', '--oneline', '--', ref]);
}

function archive(dir) {
  return spawnSync('bash', ['-c', 'tar czf out.tgz -- "$TARGET_DIR"'], { env: { ...process.env, TARGET_DIR: dir } });
}

module.exports = { runHook, runScript, buildAll, runFile, TaskQueue, cleanTmp, gitLog, archive };
