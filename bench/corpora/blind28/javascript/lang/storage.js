// Helpers shared by the backup worker and the attachment service.
const fs = require('fs');
const path = require('path');

const CACHE_ROOT = path.join(__dirname, '..', 'cache');
const LOCALES = path.join(__dirname, '..', 'locales');

function extractEntry(destDir, entry) {
  // expect: path-traversal
  const outPath = path.join(destDir, entry.path);
  fs.mkdirSync(path.dirname(outPath), { recursive: true });
  fs.writeFileSync(outPath, entry.data);
}

function cachePath(key) {
  // expect: path-traversal
  return path.resolve(CACHE_ROOT, key);
}

function loadLocale(opts) {
  const file = opts.lang + '.json';
  // expect: path-traversal
  return JSON.parse(fs.readFileSync(path.join(LOCALES, file), 'utf8'));
}

function attachmentFile(tenant, upload) {
  // expect: path-traversal
  return path.join(
    '/srv/attachments',
    tenant.slug,
    upload.meta.originalName,
  );
}

function safeExtract(destDir, entry) {
  const root = path.resolve(destDir);
  const outPath = path.resolve(root, entry.path);
  if (!outPath.startsWith(root + path.sep)) {
    throw new Error(`blocked entry ${entry.path}`);
  }
  fs.writeFileSync(outPath, entry.data);
}

function templatePath() {
  return path.join(__dirname, 'templates', 'backup-report.html');
}

module.exports = { extractEntry, cachePath, loadLocale, attachmentFile, safeExtract, templatePath };
