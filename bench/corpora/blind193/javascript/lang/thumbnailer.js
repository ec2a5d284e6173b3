// Thumbnail worker: turns uploaded images and PDFs into previews.
const { exec, execFile, spawn } = require('child_process');
const path = require('path');
const { promisify } = require('util');

const execFileAsync = promisify(execFile);
const UPLOAD_DIR = process.env.UPLOAD_DIR || '/srv/uploads';
const THUMB_DIR = process.env.THUMB_DIR || '/srv/thumbs';

async function imageThumb(storedName) {
  const src = path.join(UPLOAD_DIR, path.basename(storedName));
  const dst = path.join(THUMB_DIR, path.basename(storedName) + '.png');
  await execFileAsync('convert', [src, '-thumbnail', '320x320>', dst]);
  return dst;
}

function pdfThumb(job, done) {
  // job.originalName is the filename the customer uploaded
  const out = path.join(THUMB_DIR, job.id + '.png');
  // expect: command-injection
  exec(`pdftoppm -png -singlefile -f 1 "${UPLOAD_DIR}/${job.originalName}" ${out.replace(/\.png$/, '')}`, (err) => done(err, out));
}

function videoPoster(job) {
  return new Promise((resolve, reject) => {
    const out = path.join(THUMB_DIR, job.id + '.jpg');
    const ff = spawn('ffmpeg', ['-y', '-i', path.join(UPLOAD_DIR, job.storedName), '-frames:v', '1', out]);
    ff.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error('ffmpeg ' + code))));
  });
}

function watermark(job, done) {
  const text = job.watermarkText;
  // expect: command-injection
  exec('convert ' + path.join(THUMB_DIR, job.id + '.png') + ' -gravity south -annotate +0+10 "' + text + '" ' + path.join(THUMB_DIR, job.id + '-wm.png'), done);
}

function diskReport(done) {
  exec('df -h ' + THUMB_DIR, (err, stdout) => done(err, stdout));
}

function cleanup(done) {
  exec('find /srv/thumbs -mtime +30 -delete', done);
}

module.exports = { imageThumb, pdfThumb, videoPoster, watermark, diskReport, cleanup };
