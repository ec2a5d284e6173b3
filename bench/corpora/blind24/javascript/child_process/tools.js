// Git and image helpers for the deploy bot.
const { exec, execFile, execSync, spawn } = require('child_process');
const util = require('util');
const execAsync = util.promisify(exec);
const execFileAsync = util.promisify(execFile);

async function checkout(branch) {
  // expect: command-injection
  await execAsync(`git fetch origin && git checkout ${branch}`);
}

async function checkoutSafe(branch) {
  await execFileAsync('git', ['checkout', '--', branch]);
}

function resize(file, width) {
  // expect: command-injection
  return execSync('convert ' + file + ' -resize ' + width + ' out.png').toString();
}

function resizeSafe(file, width) {
  return spawn('convert', [file, '-resize', String(width), 'out.png']);
}

function tail(logName, cb) {
  // expect: command-injection
  exec('tail -n 100 /var/log/' + logName, (err, stdout) => cb(err, stdout));
}

function listRepos(cb) {
  exec('ls /srv/repos', cb);
}

function runScript(name, args) {
  // expect: command-injection
  return spawn('bash', ['-c', `./scripts/${name}.sh ${args.join(' ')}`]);
}

function spawnShell(cmd) {
  // expect: command-injection
  return spawn(cmd, { shell: true });
}

module.exports = { checkout, checkoutSafe, resize, resizeSafe, tail, listRepos, runScript, spawnShell };
