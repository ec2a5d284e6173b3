'use strict';

const { exec, execSync, spawn, spawnSync, execFile } = require('child_process');
const { promisify } = require('util');
const path = require('path');

const execAsync = promisify(exec);
const MEDIA_ROOT = '/var/media';

async function makeThumbnail(upload, width) {
  const src = path.join(MEDIA_ROOT, upload.storedName);
  // expect: command-injection
  await execAsync(`convert "${src}" -resize ${width}x "${src}.thumb.jpg"`);
}

function probeDuration(file) {
  // expect: command-injection
  const out = execSync('ffprobe -v error -show_entries format=duration -of csv=p=0 ' + file, { encoding: 'utf8' });
  return parseFloat(out);
}

function transcode(job) {
  const encoder = job.options.encoder || 'ffmpeg';
  // expect: command-injection
  const child = spawn(encoder, ['-i', job.input, '-c:v', 'libx264', job.output], { stdio: 'inherit' });
  return new Promise((resolve, reject) => child.on('close', (code) => (code === 0 ? resolve() : reject(new Error('exit ' + code)))));
}

function unpack(archivePath, target) {
  const cmd = `tar -xzf ${archivePath} -C ${target}`;
  // expect: command-injection
  const result = spawnSync(cmd, { shell: true, encoding: 'utf8' });
  return result.status;
}

function openInEditor(file, cb) {
  const editor = process.env.VISUAL || 'vi';
  // expect: command-injection
  exec(editor + ' ' + file, cb);
}

// Safe look-alikes: a fixed program with an argument array (no shell), a literal
// command, and a literal held in a local before the call.
function probeCodec(file, cb) {
  execFile('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=codec_name', '--', file], cb);
}

function diskFree() {
  return execSync('df -h /var/media', { encoding: 'utf8' });
}

function cpuCount(cb) {
  const CMD = 'nproc';
  exec(CMD, cb);
}

module.exports = { makeThumbnail, probeDuration, transcode, unpack, openInEditor, probeCodec, diskFree, cpuCount };
