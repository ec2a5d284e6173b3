// Unpacks customer uploads (zip exports from other tools, mail attachments) into a
// per-import working directory. Entry names come from the uploaded archive or e-mail.
'use strict';

const fs = require('fs');
const path = require('path');
const yauzl = require('yauzl');

const WORK_ROOT = '/var/lib/importer/work';

function workDir(importId) {
  return path.join(WORK_ROOT, String(Number(importId)));
}

function writeZipEntry(destDir, entry, data) {
  // expect: path-traversal
  const target = path.join(destDir, entry.fileName);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, data);
}

function writeAttachment(importId, attachment) {
  const dest = workDir(importId);
  // expect: path-traversal
  fs.writeFileSync(path.resolve(dest, attachment.filename), attachment.content);
}

function writeFlattened(destDir, entry, data) {
  const name = path.basename(entry.fileName);
  fs.writeFileSync(path.join(destDir, name), data);
}

function writeChecked(destDir, entry, data) {
  const root = path.resolve(destDir);
  const target = path.resolve(root, entry.fileName);
  if (!target.startsWith(root + path.sep)) {
    throw new Error('entry escapes the import directory: ' + entry.fileName);
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, data);
}

function writeManifest(importId, manifest) {
  fs.writeFileSync(path.join(workDir(importId), 'manifest.json'), JSON.stringify(manifest));
}

function restoreFolder(importId, folderName, files) {
  // expect: path-traversal
  const folder = path.join(workDir(importId), 'restored', folderName);
  fs.mkdirSync(folder, { recursive: true });
  for (const f of files) fs.writeFileSync(path.join(folder, path.basename(f.name)), f.body);
}

function unpackZip(zipPath, destDir, done) {
  yauzl.open(zipPath, { lazyEntries: true }, function (err, zip) {
    if (err) return done(err);
    zip.on('entry', function (entry) {
      zip.openReadStream(entry, function (e, stream) {
        if (e) return done(e);
        const chunks = [];
        stream.on('data', (c) => chunks.push(c));
        stream.on('end', () => { writeChecked(destDir, entry, Buffer.concat(chunks)); zip.readEntry(); });
      });
    });
    zip.on('end', () => done(null));
    zip.readEntry();
  });
}

module.exports = { writeZipEntry, writeAttachment, writeFlattened, writeChecked, writeManifest, restoreFolder, unpackZip };
