const fs = require('fs/promises');
const path = require('path');

const EXPORT_ROOT = path.join(__dirname, '..', 'exports');

async function exportSnapshot(snapshot, fileName) {
  const name = fileName || `${snapshot.id}.json`;
  // expect: path-traversal
  await fs.writeFile(path.join(EXPORT_ROOT, name), JSON.stringify(snapshot.data));
  return name;
}

async function exportSnapshotSafe(snapshot) {
  const name = `${String(snapshot.id).replace(/[^\w-]/g, '_')}.json`;
  await fs.writeFile(path.join(EXPORT_ROOT, name), JSON.stringify(snapshot.data));
  return name;
}

module.exports = { exportSnapshot, exportSnapshotSafe };
