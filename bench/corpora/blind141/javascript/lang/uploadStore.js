const path = require('path');
const fs = require('fs');

const ROOT = path.resolve(__dirname, 'storage');

function saveAttachment(ticket, file) {
  // expect: path-traversal
  const target = path.join(ROOT, ticket.id, file.originalname);
  fs.writeFileSync(target, file.buffer);
  return target;
}

function readExport(name) {
  // expect: path-traversal
  return fs.readFileSync(path.resolve(ROOT, 'exports', name), 'utf8');
}

function removeUserDir(user) {
  const dir = user.homeDir;
  // expect: path-traversal
  fs.rmSync(path.join(ROOT, 'users', dir), { recursive: true, force: true });
}

function readExportSafe(name) {
  const target = path.resolve(ROOT, 'exports', path.basename(name));
  if (!target.startsWith(ROOT + path.sep)) throw new Error('outside storage');
  return fs.readFileSync(target, 'utf8');
}

function thumbnailPath(id) {
  return path.join(ROOT, 'thumbs', `${Number(id)}.png`);
}

function logFile() {
  return path.join(ROOT, 'logs', 'app.log');
}

module.exports = { saveAttachment, readExport, removeUserDir, readExportSafe, thumbnailPath, logFile };
