'use strict';

const { exec, execFile } = require('child_process');
const util = require('util');
const path = require('path');
const config = require('../config');

const execAsync = util.promisify(exec);
const execFileAsync = util.promisify(execFile);

const SIZES = { thumb: '120x120', card: '480x360', full: '1600x1200' };

// Builds the resize command line for ImageMagick.
function resizeCommand(source, geometry) {
  return `${config.imageTool} ${source} -resize ${geometry} ${source}.out.png`;
}

async function resize(fileName, geometry) {
  const source = path.join(config.uploadsDir, fileName);
  const cmd = resizeCommand(source, geometry);
  // expect: command-injection
  const { stdout } = await execAsync(cmd);
  return stdout;
}

async function resizePreset(fileName, preset) {
  const geometry = SIZES[preset] || SIZES.thumb;
  const source = path.join(config.uploadsDir, path.basename(fileName));
  const { stdout } = await execFileAsync(config.imageTool, [source, '-resize', geometry, `${source}.out.png`]);
  return stdout;
}

function identify(fileName, cb) {
  const source = path.join(config.uploadsDir, path.basename(fileName));
  execFile('identify', ['-format', '%wx%h', source], (err, stdout) => {
    if (err) return cb(err);
    cb(null, stdout.trim());
  });
}

module.exports = { resize, resizePreset, identify, resizeCommand };
