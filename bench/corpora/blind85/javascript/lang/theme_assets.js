const fs = require('fs/promises');
const path = require('path');

const THEMES_DIR = path.join(__dirname, '..', 'themes');
const UPLOAD_ROOT = path.resolve(process.env.UPLOAD_ROOT || '/var/lib/app/uploads');

async function readThemeFile(themeName, fileName) {
  // expect: path-traversal
  const full = path.join(THEMES_DIR, themeName, fileName);
  return fs.readFile(full, 'utf8');
}

async function saveAvatar(user, upload) {
  // expect: path-traversal
  const dest = path.resolve(UPLOAD_ROOT, 'avatars', upload.originalname);
  await fs.writeFile(dest, upload.buffer);
  return dest;
}

async function exportDir(options) {
  const folder = options.target.folder;
  // expect: path-traversal
  const out = path.join('/srv/exports', folder);
  await fs.mkdir(out, { recursive: true });
  return out;
}

function localeFile(locale) {
  const name = `${locale}.json`;
  // expect: path-traversal
  return path.resolve(__dirname, 'locales', name);
}

async function readUpload(relPath) {
  const full = path.resolve(UPLOAD_ROOT, relPath);
  if (!full.startsWith(UPLOAD_ROOT + path.sep)) {
    throw new Error('path escapes upload root');
  }
  return fs.readFile(full);
}

function iconPath(iconId) {
  const safe = path.basename(String(iconId)).replace(/[^a-z0-9_-]/gi, '');
  return path.join(THEMES_DIR, 'icons', `${safe}.svg`);
}

function manifestPath() {
  return path.join(THEMES_DIR, 'manifest.json');
}

module.exports = { readThemeFile, saveAvatar, exportDir, localeFile, readUpload, iconPath, manifestPath };
