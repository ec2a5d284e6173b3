'use strict';

const zlib = require('zlib');
const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream');

const LOG_DIR = process.env.LOG_DIR || '/var/log/app';

function archiveAll(files, done) {
  let pending = files.length;
  for (const file of files) {
    const data = fs.readFileSync(path.join(LOG_DIR, file));
    // expect: zlib-in-loop
    zlib.gzip(data, (err, gz) => {
      if (!err) fs.writeFileSync(path.join(LOG_DIR, file + '.gz'), gz);
      if (--pending === 0) done();
    });
  }
}

function compressChunks(chunks, sink) {
  chunks.forEach((chunk, i) => {
    // expect: zlib-in-loop
    zlib.deflate(chunk, { level: 6 }, (err, out) => sink(i, err, out));
  });
}

function streamEach(names) {
  let i = 0;
  while (i < names.length) {
    const name = names[i++];
    // expect: zlib-in-loop
    zlib.brotliCompress(fs.readFileSync(name), (err, br) => err || fs.writeFileSync(name + '.br', br));
  }
}

function inflateAll(blobs, cb) {
  const results = [];
  let n = 0;
  do {
    const blob = blobs[n];
    // expect: zlib-in-loop
    zlib.inflate(blob, (err, raw) => {
      results.push(err ? null : raw);
      if (results.length === blobs.length) cb(results);
    });
    n += 1;
  } while (n < blobs.length);
}

function compressSync(files) {
  // Safe: the synchronous API in a loop, one buffer at a time.
  for (const file of files) {
    fs.writeFileSync(file + '.gz', zlib.gzipSync(fs.readFileSync(file)));
  }
}

function archiveBundle(bundlePath, cb) {
  // Safe: one call, not in a loop.
  zlib.gzip(fs.readFileSync(bundlePath), cb);
}

function streamOne(src, dest, cb) {
  // Safe: one stream pipeline.
  pipeline(fs.createReadStream(src), zlib.createGzip(), fs.createWriteStream(dest), cb);
}

module.exports = { archiveAll, compressChunks, streamEach, inflateAll, compressSync, archiveBundle, streamOne };
