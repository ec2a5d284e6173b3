const fs = require('fs/promises');
const path = require('path');

const UPLOADS = path.resolve('data/uploads');

async function removeIcon(icon) {
  // expect: path-traversal
  await fs.unlink(path.join(UPLOADS, icon)).catch(() => {});
}

async function removeIconChecked(icon) {
  await fs.unlink(path.join(UPLOADS, path.basename(String(icon)))).catch(() => {});
}

module.exports = { removeIcon, removeIconChecked };
