'use strict';

// Media helpers for the upload pipeline: thumbnails, probing and archive extraction.
const { exec, execSync, spawn, spawnSync, execFile } = require('child_process');
const cp = require('child_process');
const path = require('path');

const FFPROBE = 'ffprobe -v quiet -print_format json -show_format';
const TOOLS = { png: 'optipng', jpg: 'jpegoptim' };

function thumbnail(upload, size, done) {
  const cmd = `convert ${upload.path} -resize ${size}x${size} ${upload.path}.thumb.jpg`;
  // expect: command-injection
  exec(cmd, (err) => done(err, upload.path + '.thumb.jpg'));
}

function probe(file) {
  // expect: command-injection
  const out = execSync(FFPROBE + ' "' + file.originalName + '"', { encoding: 'utf8' });
  return JSON.parse(out);
}

function optimise(upload) {
  const tool = upload.options.optimiser || TOOLS[path.extname(upload.path).slice(1)];
  // expect: command-injection
  const child = spawn(tool, [upload.path], { stdio: 'ignore' });
  return new Promise((resolve) => child.on('close', resolve));
}

function extract(archivePath, dest) {
  // expect: command-injection
  const result = cp.spawnSync('sh', ['-c', 'unzip -o ' + archivePath + ' -d ' + dest]);
  return result.status === 0;
}

function extractSafe(archivePath, dest) {
  return spawnSync('unzip', ['-o', '--', archivePath, '-d', dest]).status === 0;
}

function diskFree(done) {
  exec('df -h /var/uploads', done);
}

function thumbnailSafe(upload, size, done) {
  execFile('convert', [upload.path, '-resize', `${Number(size)}x${Number(size)}`, upload.path + '.thumb.jpg'], done);
}

function version() {
  const VERSION_CMD = 'ffmpeg -version';
  return execSync(VERSION_CMD).toString().split('\n')[0];
}

module.exports = { thumbnail, probe, optimise, extract, extractSafe, diskFree, thumbnailSafe, version };
