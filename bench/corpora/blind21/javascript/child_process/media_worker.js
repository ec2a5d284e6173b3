// child_process: a media worker that converts uploads with ffmpeg/imagemagick
const { exec, execFile, execSync, spawn } = require('child_process');
const path = require('path');
const util = require('util');

const execFileP = util.promisify(execFile);
const UPLOADS = '/srv/uploads';
const PRESETS = { small: '320x240', medium: '640x480', large: '1280x720' };

function thumbnail(file, size, cb) {
  const dims = PRESETS[size] || PRESETS.small;
  const input = path.join(UPLOADS, path.basename(file));
  execFile('convert', [input, '-resize', dims, input + '.thumb.jpg'], cb);
}

function thumbnailLegacy(file, size, cb) {
  // expect: command-injection
  exec(`convert ${UPLOADS}/${file} -resize ${size} ${UPLOADS}/${file}.thumb.jpg`, cb);
}

async function probe(file) {
  const { stdout } = await execFileP('ffprobe', ['-v', 'quiet', '-print_format', 'json', '-show_format', path.join(UPLOADS, path.basename(file))]);
  return JSON.parse(stdout);
}

function transcode(job) {
  const args = ['-i', path.join(UPLOADS, path.basename(job.input)), '-c:v', 'libx264', '-preset', 'fast', job.outputName + '.mp4'];
  const child = spawn('ffmpeg', args, { cwd: '/srv/out' });
  child.stderr.on('data', (d) => process.stdout.write(d));
  return new Promise((resolve, reject) => child.on('close', (code) => (code === 0 ? resolve() : reject(new Error('ffmpeg ' + code)))));
}

function transcodeWithFilter(job) {
  const cmd = 'ffmpeg -i ' + UPLOADS + '/' + job.input + ' -vf "' + job.filter + '" /srv/out/' + job.outputName;
  // expect: command-injection
  const child = spawn(cmd, { shell: true });
  return child;
}

function watermark(job) {
  // expect: command-injection
  return spawn('sh', ['-c', `composite -gravity southeast ${job.logo} ${job.input} ${job.output}`]);
}

function freeSpace() {
  return execSync('df -k /srv/uploads | tail -1').toString().trim().split(/\s+/)[3];
}

function cleanupOlderThan(days) {
  const n = Number.parseInt(days, 10);
  if (!Number.isInteger(n) || n < 1) throw new Error('days must be a positive integer');
  return execSync(`find /srv/uploads -type f -mtime +${n} -delete`);
}

function archive(name) {
  // expect: command-injection
  return execSync('tar czf /srv/archive/' + name + '.tgz -C /srv/uploads .');
}

function archiveSafe(name) {
  const safe = String(name).replace(/[^a-zA-Z0-9_-]/g, '');
  return execFileP('tar', ['czf', `/srv/archive/${safe}.tgz`, '-C', '/srv/uploads', '.']);
}

module.exports = { thumbnail, thumbnailLegacy, probe, transcode, transcodeWithFilter, watermark, freeSpace, cleanupOlderThan, archive, archiveSafe };
