'use strict';

const { exec, execFile } = require('child_process');

function resize(file, width, cb) {
  // expect: command-injection
  exec(`convert uploads/${file} -resize ${width} thumbs/${file}`, cb);
}

function resizeSafe(file, width, cb) {
  execFile('convert', [`uploads/${file}`, '-resize', String(Number(width)), `thumbs/${file}`], cb);
}

function diskUsage(cb) {
  exec('du -sh uploads', cb);
}

module.exports = { resize, resizeSafe, diskUsage };
