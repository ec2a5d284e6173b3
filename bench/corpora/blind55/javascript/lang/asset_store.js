'use strict';
// Local asset store used by the upload worker and the theme installer.
const fs = require('fs/promises');
const path = require('path');
const crypto = require('crypto');

const STORE_ROOT = process.env.ASSET_ROOT || '/var/lib/assets';
const THEMES_DIR = path.join(STORE_ROOT, 'themes');

async function saveUpload(filename, data) {
  // expect: path-traversal
  const target = path.join(STORE_ROOT, 'uploads', filename);
  await fs.writeFile(target, data);
  return target;
}

async function installTheme(archive, destName) {
  const dest = path.join(THEMES_DIR, path.basename(destName));
  for (const entry of archive.entries) {
    const rel = entry.path;
    // expect: path-traversal
    const out = path.join(dest, rel);
    await fs.mkdir(path.dirname(out), { recursive: true });
    await fs.writeFile(out, entry.data);
  }
}

function avatarPath(user) {
  // expect: path-traversal
  return path.resolve(STORE_ROOT, 'avatars', user.profile.avatar);
}

const cleanup = async function (opts) {
  // expect: path-traversal
  await fs.rm(path.resolve(STORE_ROOT, 'tmp', `${opts.job}`), { recursive: true, force: true });
};

// Safe: only the last path component is kept.
async function saveThumbnail(name, data) {
  const target = path.join(STORE_ROOT, 'thumbs', path.basename(name));
  await fs.writeFile(target, data);
}

// Safe: resolved, then checked to stay under the root before use.
async function readAsset(relPath) {
  const base = path.resolve(STORE_ROOT, 'public');
  const full = path.resolve(base, relPath);
  if (full !== base && !full.startsWith(base + path.sep)) throw new Error('outside asset root');
  return fs.readFile(full);
}

// Safe: the file name is a hash we make.
async function saveBlob(data) {
  const digest = crypto.createHash('sha256').update(data).digest('hex');
  const target = path.join(STORE_ROOT, 'blobs', digest.slice(0, 2), digest);
  await fs.writeFile(target, data);
  return digest;
}

module.exports = { saveUpload, installTheme, avatarPath, cleanup, saveThumbnail, readAsset, saveBlob };
