// library: unzipper (streaming zip extraction)
const fs = require('fs');
const path = require('path');
const unzipper = require('unzipper');

async function extractTheme(zipPath, destDir) {
  const directory = await unzipper.Open.file(zipPath);
  for (const entry of directory.files) {
    // expect: path-traversal
    const target = path.join(destDir, entry.path);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    await new Promise((resolve, reject) => entry.stream().pipe(fs.createWriteStream(target)).on('finish', resolve).on('error', reject));
  }
}

async function extractThemeSafe(zipPath, destDir) {
  const root = path.resolve(destDir);
  const directory = await unzipper.Open.file(zipPath);
  for (const entry of directory.files) {
    const target = path.resolve(root, entry.path);
    if (!target.startsWith(root + path.sep)) throw new Error(`unsafe entry ${entry.path}`);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    await new Promise((resolve, reject) => entry.stream().pipe(fs.createWriteStream(target)).on('finish', resolve).on('error', reject));
  }
}

async function listEntries(zipPath) {
  const directory = await unzipper.Open.file(zipPath);
  return directory.files.map((f) => path.join('preview', path.basename(f.path)));
}

module.exports = { extractTheme, extractThemeSafe, listEntries };
