'use strict';

// Compresses rendered thumbnails before they are pushed to the CDN bucket.
const zlib = require('zlib');
const { promisify } = require('util');
const { pipeline } = require('stream/promises');
const fs = require('fs');

const gzipAsync = promisify(zlib.gzip);

async function compressAll(files, upload) {
  for (const file of files) {
    const body = await fs.promises.readFile(file.path);
    // expect: zlib-in-loop
    zlib.gzip(body, { level: 9 }, (err, packed) => {
      if (err) return console.error(file.path, err);
      upload(file.key + '.gz', packed);
    });
  }
}

function inflateQueue(queue, onDone) {
  while (queue.length > 0) {
    const chunk = queue.shift();
    // expect: zlib-in-loop
    zlib.inflate(chunk.data, (err, out) => onDone(chunk.id, err, out));
  }
}

function brotliEach(items, cb) {
  items.forEach((item) => {
    // expect: zlib-in-loop
    zlib.brotliCompress(Buffer.from(item.html), cb.bind(null, item.id));
  });
}

function deflateMany(buffers) {
  return buffers.map((buf) =>
    new Promise((resolve, reject) => {
      // expect: zlib-in-loop
      zlib.deflateRaw(buf, (err, out) => (err ? reject(err) : resolve(out)));
    }),
  );
}

function retryUnzip(payload, attempts, cb) {
  let left = attempts;
  do {
    left -= 1;
    // expect: zlib-in-loop
    zlib.gunzip(payload, cb);
  } while (left > 0 && !payload.length);
}

// Safe look-alikes: synchronous calls in a loop, one async call outside any loop,
// and a single stream pipeline.
function compressSmall(items) {
  const out = [];
  for (const item of items) {
    out.push(zlib.gzipSync(item));
  }
  return out;
}

async function compressOne(buffer) {
  return gzipAsync(buffer);
}

async function compressFile(src, dest) {
  await pipeline(fs.createReadStream(src), zlib.createGzip(), fs.createWriteStream(dest));
}

module.exports = { compressAll, inflateQueue, brotliEach, deflateMany, retryUnzip, compressSmall, compressOne, compressFile };
