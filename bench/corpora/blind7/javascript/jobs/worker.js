const { exec, execFile, execSync, spawn } = require('child_process');
const util = require('util');
const vm = require('vm');
const path = require('path');

const execAsync = util.promisify(exec);
const execFileAsync = util.promisify(execFile);

const WORK_DIR = '/var/lib/worker';

async function convertVideo(job) {
  const out = path.join(WORK_DIR, `${job.id}.mp4`);
  // expect: command-injection
  await execAsync(`ffmpeg -y -i "${job.sourceUrl}" -vf scale=${job.width}:-2 ${out}`);
  return out;
}

async function convertVideoSafe(job) {
  const out = path.join(WORK_DIR, `${job.id}.mp4`);
  await execFileAsync('ffmpeg', ['-y', '-i', job.sourceUrl, '-vf', `scale=${Number(job.width)}:-2`, out]);
  return out;
}

function archive(job) {
  // expect: command-injection
  return execSync('tar czf ' + WORK_DIR + '/' + job.name + '.tgz -C ' + WORK_DIR + ' ' + job.files.join(' '));
}

function notify(job) {
  // expect: command-injection
  const child = spawn(`notify-send "${job.title}"`, { shell: true, stdio: 'ignore' });
  child.unref();
}

function diskFree(cb) {
  exec('df -k ' + WORK_DIR, (err, stdout) => cb(err, stdout));
}

function applyTransform(job, record) {
  // expect: code-injection
  const fn = new Function('record', job.transformSource);
  return fn(record);
}

function evaluateRule(job, context) {
  // expect: code-injection
  return vm.runInNewContext(job.rule, context, { timeout: 50 });
}

function parseConfig(text) {
  return JSON.parse(text);
}

function legacyParse(text) {
  // expect: code-injection
  return eval('(' + text + ')');
}

module.exports = { convertVideo, convertVideoSafe, archive, notify, diskFree, applyTransform, evaluateRule, parseConfig, legacyParse };
