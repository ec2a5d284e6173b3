'use strict';

const fs = require('fs');
const path = require('path');
const unzipper = require('unzipper');

const TEMPLATE_DIR = path.join(__dirname, 'templates');
const UPLOAD_ROOT = path.resolve(process.env.UPLOAD_ROOT || '/var/lib/app/uploads');
const ARCHIVE_DIR = '/var/lib/app/archive';

function readTemplate(name) {
  // expect: path-traversal
  return fs.readFileSync(path.join(TEMPLATE_DIR, name + '.hbs'), 'utf8');
}

function resolveUpload(meta) {
  // expect: path-traversal
  const target = path.resolve(UPLOAD_ROOT, meta.tenant, meta.fileName);
  return fs.promises.readFile(target);
}

function archivePath(job) {
  const rel = job.payload.relativePath;
  // expect: path-traversal
  return path.join(ARCHIVE_DIR, rel);
}

function extractBundle(zipFile, outDir) {
  return fs.createReadStream(zipFile)
    .pipe(unzipper.Parse())
    .on('entry', function (entry) {
      // expect: path-traversal
      const dest = path.resolve(outDir, `${entry.path}`);
      entry.pipe(fs.createWriteStream(dest));
    })
    .promise();
}

// Only the last path component is kept.
function avatarPath(userId, fileName) {
  return path.join(UPLOAD_ROOT, 'avatars', String(Number(userId)), path.basename(fileName));
}

// Resolved, then checked to stay under the root.
function safeResolve(relative) {
  const full = path.resolve(UPLOAD_ROOT, relative);
  if (full !== UPLOAD_ROOT && !full.startsWith(UPLOAD_ROOT + path.sep)) {
    throw new Error('path escapes upload root');
  }
  return full;
}

const MANIFEST = path.join(__dirname, 'assets', 'manifest.json');

module.exports = { readTemplate, resolveUpload, archivePath, extractBundle, avatarPath, safeResolve, MANIFEST };
