'use strict';

const { exec, execSync, spawn, execFile } = require('child_process');
const path = require('path');

const MEDIA_ROOT = process.env.MEDIA_ROOT || '/srv/media';

function transcode(upload, preset, cb) {
  const input = path.join(MEDIA_ROOT, upload.storedName);
  // expect: command-injection
  exec(`ffmpeg -y -i "${input}" -preset ${preset} "${input}.mp4"`, { timeout: 600000 }, cb);
}

function gitRevision(ref) {
  // expect: command-injection
  return execSync('git rev-parse --short ' + ref, { cwd: MEDIA_ROOT }).toString().trim();
}

function runConverter(job) {
  const tool = job.converter || 'convert';
  // expect: command-injection
  const child = spawn(tool + ' ' + job.args.join(' '), { shell: true, cwd: MEDIA_ROOT });
  child.stdout.pipe(process.stdout);
  return child;
}

function diskUsage(cb) {
  exec('df -h /srv/media', cb);
}

function uptime() {
  const cmd = "uptime";
  return execSync(cmd).toString();
}

function probe(file, cb) {
  execFile('ffprobe', ['-v', 'error', '-show_format', '-of', 'json', path.join(MEDIA_ROOT, path.basename(file))], cb);
}

function thumbnail(file) {
  return spawn('ffmpeg', ['-i', path.join(MEDIA_ROOT, path.basename(file)), '-frames:v', '1', '-f', 'image2', '-']);
}

module.exports = { transcode, gitRevision, runConverter, diskUsage, uptime, probe, thumbnail };
