'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

function compressAll(dir, files) {
  for (const file of files) {
    const data = fs.readFileSync(path.join(dir, file));
    // expect: no-timeout
    zlib.gzip(data, (err, buf) => fs.writeFileSync(path.join(dir, file + '.gz'), buf));
  }
}

function inflateChunks(chunks, done) {
  const out = [];
  chunks.forEach((chunk, i) => {
    // expect: no-timeout
    zlib.inflate(chunk, (err, buf) => { out[i] = buf; if (out.length === chunks.length) done(out); });
  });
}

function archiveQueue(queue) {
  while (queue.length) {
    const item = queue.shift();
    // expect: no-timeout
    zlib.deflate(item.body, (err, buf) => item.resolve(buf));
  }
}

function brotliAll(pages) {
  return pages.map((page) => {
    // expect: no-timeout
    zlib.brotliCompress(page.html, (err, buf) => page.store(buf));
    return page.id;
  });
}

function compressAllSync(dir, files) {
  for (const file of files) {
    fs.writeFileSync(path.join(dir, file + '.gz'), zlib.gzipSync(fs.readFileSync(path.join(dir, file))));
  }
}

function compressOne(buffer, cb) {
  zlib.gzip(buffer, cb);
}

module.exports = { compressAll, inflateChunks, archiveQueue, brotliAll, compressAllSync, compressOne };
