'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const util = require('util');
const { pipeline } = require('stream/promises');

const gzip = util.promisify(zlib.gzip);

function compressAll(files, done) {
  let pending = files.length;
  for (const file of files) {
    const data = fs.readFileSync(file);
    // expect: zlib-in-loop
    zlib.gzip(data, (err, out) => {
      if (!err) fs.writeFileSync(file + '.gz', out);
      if (--pending === 0) done();
    });
  }
}

function inflateBatch(buffers, onEach) {
  buffers.forEach((buf, i) => {
    // expect: zlib-in-loop
    zlib.inflate(buf, (err, out) => onEach(err, i, out));
  });
}

function drainQueue(queue, sink) {
  while (queue.length) {
    const job = queue.shift();
    // expect: zlib-in-loop
    zlib.brotliCompress(job.body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }, (err, out) => sink(job.id, err, out));
  }
}

async function compressParallel(dir) {
  const names = await fs.promises.readdir(dir);
  // expect: zlib-in-loop
  return Promise.all(names.map((name) => gzip(fs.readFileSync(path.join(dir, name)))));
}

async function compressSequential(dir) {
  const out = [];
  for (const name of await fs.promises.readdir(dir)) {
    out.push(await gzip(await fs.promises.readFile(path.join(dir, name))));
  }
  return out;
}

function compressSmallSync(chunks) {
  return chunks.map((chunk) => zlib.gzipSync(chunk));
}

async function archiveLog(file) {
  await pipeline(fs.createReadStream(file), zlib.createGzip(), fs.createWriteStream(file + '.gz'));
}

module.exports = { compressAll, inflateBatch, drainQueue, compressParallel, compressSequential, compressSmallSync, archiveLog };
