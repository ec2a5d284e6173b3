// Worker for the media queue: transcodes uploads and packs download bundles.
// Job payloads are written by the web app from what the uploader entered.
'use strict';

const { exec, execSync, execFile, spawn } = require('child_process');
const path = require('path');

const MEDIA_ROOT = '/srv/media';

function transcode(job, done) {
  const input = path.join(MEDIA_ROOT, 'in', String(Number(job.id)));
  const output = path.join(MEDIA_ROOT, 'out', String(Number(job.id)) + '.mp4');
  // expect: command-injection
  exec('ffmpeg -y -i ' + input + ' -vf scale=' + job.width + ':-2 -metadata title="' + job.title + '" ' + output, done);
}

function transcodeSafe(job, done) {
  const input = path.join(MEDIA_ROOT, 'in', String(Number(job.id)));
  const width = [480, 720, 1080].includes(Number(job.width)) ? Number(job.width) : 720;
  execFile('ffmpeg', ['-y', '-i', input, '-vf', `scale=${width}:-2`, input + '.mp4'], done);
}

function bundle(job) {
  const archive = path.join(MEDIA_ROOT, 'bundles', String(Number(job.id)) + '.tar.gz');
  // expect: command-injection
  execSync(`tar -czf ${archive} -C ${MEDIA_ROOT}/albums ${job.albumName}`);
  return archive;
}

function diskFree() {
  return execSync('df -h /srv/media').toString();
}

function runHook(job) {
  // expect: command-injection
  const child = spawn(job.hook.command, job.hook.args || [], { cwd: MEDIA_ROOT });
  return new Promise((resolve) => child.on('close', resolve));
}

function waveform(job) {
  const input = path.join(MEDIA_ROOT, 'in', String(Number(job.id)));
  const child = spawn('audiowaveform', ['-i', input, '-o', input + '.json']);
  return new Promise((resolve) => child.on('close', resolve));
}

function version(done) {
  exec('ffmpeg -version', done);
}

module.exports = { transcode, transcodeSafe, bundle, diskFree, runHook, waveform, version };
