// lang: nightly backup and media tools run by the ops CLI
const { exec, execSync, spawn, execFile } = require('child_process');
const cp = require('child_process');
const path = require('path');

const [, , command, target = '.'] = process.argv;
const BACKUP_DIR = process.env.BACKUP_DIR || '/var/backups';

function archive(dir) {
  // expect: command-injection
  exec(`tar czf ${BACKUP_DIR}/snap.tgz ${dir}`, (err) => {
    if (err) console.error(err);
  });
}

function archiveSafe(dir) {
  execFile('tar', ['czf', path.join(BACKUP_DIR, 'snap.tgz'), dir], (err) => {
    if (err) console.error(err);
  });
}

function diskUsage() {
  return execSync('df -h /').toString();
}

function convert(input, output) {
  // expect: command-injection
  const child = spawn('ffmpeg -i ' + input + ' ' + output, { shell: true });
  child.on('exit', (code) => console.log('ffmpeg', code));
}

function convertSafe(input, output) {
  const child = spawn('ffmpeg', ['-i', input, output], { stdio: 'inherit' });
  child.on('exit', (code) => console.log('ffmpeg', code));
}

function prune(days) {
  const opts = { shell: '/bin/bash' };
  // expect: command-injection
  cp.spawnSync('find', [BACKUP_DIR, '-mtime', '+' + days, '-delete'], opts);
}

function cloneRepo(repoUrl) {
  // expect: command-injection
  cp.spawn('git', ['clone', repoUrl, '/tmp/work']);
}

function cloneRepoSafe(repoUrl) {
  cp.spawn('git', ['clone', '--', repoUrl, '/tmp/work']);
}

if (command === 'archive') archive(target);
else if (command === 'archive2') archiveSafe(target);
else if (command === 'convert') convert(process.argv[3], process.argv[4]);
else if (command === 'convert2') convertSafe(process.argv[3], process.argv[4]);
else if (command === 'prune') prune(process.argv[3]);
else if (command === 'clone') cloneRepo(process.argv[3]);
else if (command === 'clone2') cloneRepoSafe(process.argv[3]);
else console.log(diskUsage());
