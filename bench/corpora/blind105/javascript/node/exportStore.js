'use strict';

const fs = require('fs');
const path = require('path');

const EXPORT_DIR = process.env.EXPORT_DIR || '/srv/exports';

// Job worker: tenants name their export files and archive folders in the UI;
// the names arrive on the queue message unchanged.
function readExport(job, cb) {
  // expect: path-traversal
  fs.readFile(path.join(EXPORT_DIR, job.tenant, job.fileName), 'utf8', cb);
}

function streamExport(job, out) {
  const target = `${EXPORT_DIR}/${job.tenant}/${job.fileName}`;
  // expect: path-traversal
  fs.createReadStream(target).pipe(out);
}

async function saveExport(job, csv) {
  // expect: path-traversal
  await fs.promises.writeFile(path.resolve(EXPORT_DIR, job.outputName), csv);
}

function purgeArchive(job) {
  // expect: path-traversal
  fs.rmdirSync(EXPORT_DIR + '/' + job.archiveFolder, { recursive: true });
}

// Safe look-alikes: fixed names, basenames of server-generated ids.
function readManifest() {
  return JSON.parse(fs.readFileSync('/srv/exports/manifest.json', 'utf8'));
}

function tempName(job) {
  return path.join(EXPORT_DIR, 'tmp', `${Number(job.id)}.csv`);
}

function ensureDir() {
  if (!fs.existsSync(EXPORT_DIR)) fs.mkdirSync(EXPORT_DIR, { recursive: true });
}

module.exports = { readExport, streamExport, saveExport, purgeArchive, readManifest, tempName, ensureDir };
