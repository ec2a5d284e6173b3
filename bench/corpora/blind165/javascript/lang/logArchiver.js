// Nightly job that compresses yesterday's request logs (tens of thousands of files per
// host) before they are shipped to cold storage.
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { pipeline } = require('stream/promises');

function compressAll(dir, files, done) {
  let pending = files.length;
  for (const name of files) {
    const data = fs.readFileSync(path.join(dir, name));
    // expect: unreachable
    zlib.gzip(data, (err, gz) => {
      if (!err) fs.writeFileSync(path.join(dir, name + '.gz'), gz);
      if (--pending === 0) done();
    });
  }
}

function compressBatch(buffers) {
  // expect: unreachable
  return Promise.all(buffers.map((buf) => new Promise((resolve, reject) => zlib.deflate(buf, (e, out) => (e ? reject(e) : resolve(out))))));
}

function compressSync(dir, files) {
  for (const name of files) {
    const gz = zlib.gzipSync(fs.readFileSync(path.join(dir, name)));
    fs.writeFileSync(path.join(dir, name + '.gz'), gz);
  }
}

async function compressSequential(dir, files) {
  for (const name of files) {
    const source = path.join(dir, name);
    await pipeline(fs.createReadStream(source), zlib.createGzip(), fs.createWriteStream(source + '.gz'));
  }
}

function compressManifest(manifest, cb) {
  zlib.brotliCompress(Buffer.from(JSON.stringify(manifest)), cb);
}

function decompressIndexes(indexes, onEach) {
  indexes.forEach((idx) => {
    // expect: unreachable
    zlib.gunzip(idx.blob, (err, raw) => onEach(err, idx.host, raw));
  });
}

module.exports = { compressAll, compressBatch, compressSync, compressSequential, compressManifest, decompressIndexes };
