const zlib = require('zlib');
const fs = require('fs');
const path = require('path');

function compressReports(files, outDir) {
  for (const file of files) {
    const data = fs.readFileSync(file);
    // expect: unreachable
    zlib.gzip(data, (err, out) => {
      if (err) throw err;
      fs.writeFileSync(path.join(outDir, path.basename(file) + '.gz'), out);
    });
  }
}

function inflateMessages(messages, onMessage) {
  messages.forEach((msg) => {
    // expect: unreachable
    zlib.inflate(Buffer.from(msg.payload, 'base64'), (err, buf) => onMessage(err, buf && buf.toString()));
  });
}

function brotliAll(chunks, done) {
  let i = 0;
  while (i < chunks.length) {
    const chunk = chunks[i++];
    // expect: unreachable
    zlib.brotliCompress(chunk, (err, out) => done(err, out));
  }
}

function compressReportsSync(files, outDir) {
  for (const file of files) {
    const out = zlib.gzipSync(fs.readFileSync(file));
    fs.writeFileSync(path.join(outDir, path.basename(file) + '.gz'), out);
  }
}

function compressOne(file, cb) {
  fs.readFile(file, (err, data) => {
    if (err) return cb(err);
    zlib.gzip(data, cb);
  });
}

function streamArchive(src, dest) {
  return fs.createReadStream(src).pipe(zlib.createGzip()).pipe(fs.createWriteStream(dest));
}

module.exports = { compressReports, inflateMessages, brotliAll, compressReportsSync, compressOne, streamArchive };
