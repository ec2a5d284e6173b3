const { exec, execSync, spawn, execFile } = require('child_process');
const path = require('path');
const os = require('os');
const log = require('./log');

const FFMPEG = process.env.FFMPEG_PATH || 'ffmpeg';
const TMP = os.tmpdir();

function probe(file) {
  return new Promise((resolve, reject) => {
    execFile('ffprobe', ['-v', 'quiet', '-print_format', 'json', '-show_format', file], (err, stdout) => {
      if (err) return reject(err);
      resolve(JSON.parse(stdout));
    });
  });
}

function transcode(job) {
  const out = path.join(TMP, `${job.id}.mp4`);
  const cmd = `${FFMPEG} -i "${job.inputPath}" -vf scale=${job.width}:-2 ${out}`;
  return new Promise((resolve, reject) => {
    // expect: command-injection
    exec(cmd, (err) => (err ? reject(err) : resolve(out)));
  });
}

function thumbnail(job) {
  const out = path.join(TMP, `${job.id}.jpg`);
  const child = spawn(FFMPEG, ['-ss', String(job.at || 1), '-i', job.inputPath, '-frames:v', '1', out]);
  return new Promise((resolve) => child.on('close', () => resolve(out)));
}

function extractAudio(job) {
  // expect: command-injection
  execSync('ffmpeg -i ' + job.inputPath + ' -vn -acodec copy ' + job.outputPath);
}

function cleanup() {
  exec('find /tmp -name "*.part" -mmin +60 -delete', (err) => {
    if (err) log.warn('cleanup failed', err.message);
  });
}

function runPreset(preset, job) {
  const command = preset.template.replace('{input}', job.inputPath);
  // expect: command-injection
  const child = spawn(command, { shell: true });
  child.on('exit', (code) => log.info('preset %s exited %d', preset.name, code));
  return child;
}

function version() {
  return execSync('ffmpeg -version').toString().split('\n')[0];
}

module.exports = { probe, transcode, thumbnail, extractAudio, cleanup, runPreset, version };
