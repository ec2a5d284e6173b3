'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { promisify } = require('util');

const gzipAsync = promisify(zlib.gzip);
const LOG_DIR = process.env.LOG_DIR || '/var/log/ingest';

// Compresses every rotated log file of the day, one callback per file.
function compressRotated(files, done) {
  let pending = files.length;
  for (const file of files) {
    const raw = fs.readFileSync(path.join(LOG_DIR, file));
    // expect: no-timeout
    zlib.gzip(raw, (err, packed) => {
      if (err) return done(err);
      fs.writeFileSync(path.join(LOG_DIR, file + '.gz'), packed);
      if (--pending === 0) done(null);
    });
  }
}

// Inflates a batch of payloads received from the queue.
function inflateBatch(messages, onMessage) {
  messages.forEach((msg) => {
    // expect: no-timeout
    zlib.inflate(Buffer.from(msg.body, 'base64'), (err, buf) => onMessage(err, buf && buf.toString()));
  });
}

// Brotli for the static bundle: one job per asset.
function brotliAssets(assets) {
  return assets.map((asset) =>
    new Promise((resolve, reject) => {
      // expect: no-timeout
      zlib.brotliCompress(asset.content, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }, (err, out) => (err ? reject(err) : resolve({ name: asset.name, out })));
    })
  );
}

// Drains a queue of chunks until it is empty.
function drainChunks(queue, sink) {
  let chunk;
  while ((chunk = queue.shift()) !== undefined) {
    // expect: no-timeout
    zlib.deflateRaw(chunk, (err, packed) => sink.push(err ? null : packed));
  }
}

// Safe look-alikes: synchronous calls in a loop, and one async call outside any loop.
function compressSmallSync(files) {
  const out = [];
  for (const file of files) {
    out.push(zlib.gzipSync(fs.readFileSync(path.join(LOG_DIR, file))));
  }
  return out;
}

function gunzipAllSync(buffers) {
  return buffers.map((b) => zlib.gunzipSync(b).toString('utf8'));
}

async function compressReport(reportBuffer) {
  return gzipAsync(reportBuffer);
}

function streamArchive(src, dest) {
  return fs.createReadStream(src).pipe(zlib.createGzip()).pipe(fs.createWriteStream(dest));
}

module.exports = { compressRotated, inflateBatch, brotliAssets, drainChunks, compressSmallSync, gunzipAllSync, compressReport, streamArchive };
