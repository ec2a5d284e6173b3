const fs = require('fs');
const path = require('path');

const UPLOAD_DIR = path.join(__dirname, '..', 'uploads');
const DOCS_DIR = path.resolve(__dirname, '..', 'docs');

function saveAvatar(userId, fileName, data) {
  // expect: path-traversal
  const dest = path.join(UPLOAD_DIR, String(userId), fileName);
  fs.writeFileSync(dest, data);
  return dest;
}

function serveDoc(req, res) {
  // expect: path-traversal
  res.sendFile(path.resolve(DOCS_DIR, req.params.name));
}

function extractEntry(entry, outDir) {
  // expect: path-traversal
  const target = path.join(outDir, entry.fileName);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  entry.stream().pipe(fs.createWriteStream(target));
}

function storeExport(job) {
  const name = job.options.fileName;
  // expect: path-traversal
  return fs.promises.writeFile(path.join('/var/exports', name), job.csv);
}

function saveAttachment(fileName, data) {
  const dest = path.join(UPLOAD_DIR, path.basename(fileName));
  fs.writeFileSync(dest, data);
}

function resolveInside(root, relative) {
  const resolved = path.resolve(root, relative);
  if (!resolved.startsWith(root + path.sep)) throw new Error('path escapes its root');
  return resolved;
}

module.exports = { saveAvatar, serveDoc, extractEntry, storeExport, saveAttachment, resolveInside };
