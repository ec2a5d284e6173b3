const fs = require('fs');
const path = require('path');

const UPLOADS = path.resolve(process.env.UPLOADS_DIR || './uploads');
const NANOID = /^[A-Za-z0-9_-]{21}$/;

const getFilePath = (userId, fileId) => {
  if (NANOID.test(fileId)) {
    return path.join(UPLOADS, userId, fileId);
  }
  return path.join(UPLOADS, userId, 'legacy', fileId);
};

const streamDownload = (res, filepath) => {
  res.setHeader('Content-Type', 'application/octet-stream');
  // expect: path-traversal
  fs.createReadStream(filepath).on('error', () => res.status(404).end()).pipe(res);
};

module.exports = { getFilePath, streamDownload };
