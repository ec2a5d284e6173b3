const { exec, execFile } = require('child_process');
const path = require('path');

const MEDIA_DIR = process.env.MEDIA_DIR || '/data/media';

const PRESET_ARGS = {
  '720p': ['-vf', 'scale=-2:720', '-c:v', 'libx264'],
  '1080p': ['-vf', 'scale=-2:1080', '-c:v', 'libx264'],
  'audio-only': ['-vn', '-c:a', 'aac'],
};

function transcodeArgs(input, output, preset) {
  return ['-y', '-i', input, ...(PRESET_ARGS[preset] || PRESET_ARGS['720p']), output];
}

function runFfmpeg(args) {
  return new Promise((resolve, reject) => {
    execFile('ffmpeg', args, { timeout: 10 * 60 * 1000 }, (err, stdout, stderr) => (err ? reject(new Error(stderr)) : resolve(stdout)));
  });
}

function runShell(commandLine) {
  return new Promise((resolve, reject) => {
    // expect: command-injection
    exec(commandLine, { cwd: MEDIA_DIR, timeout: 10 * 60 * 1000 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

function outputPath(videoId, suffix) {
  return path.join(MEDIA_DIR, 'out', `${videoId}-${suffix}`);
}

module.exports = { transcodeArgs, runFfmpeg, runShell, outputPath, MEDIA_DIR };
