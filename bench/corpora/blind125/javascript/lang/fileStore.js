'use strict';

const fs = require('fs');
const path = require('path');

const UPLOAD_DIR = path.join(__dirname, '..', 'uploads');

// Attachment helpers called from the HTTP layer with names taken from the request.
function readAttachment(name) {
  // expect: path-traversal
  return fs.readFileSync(path.join(UPLOAD_DIR, name));
}

function removeAttachment(req, res) {
  const filePath = `${UPLOAD_DIR}/${req.params.name}`;
  // expect: path-traversal
  fs.unlink(filePath, (err) => res.status(err ? 404 : 204).end());
}

function streamExport(req, res) {
  // expect: path-traversal
  fs.createReadStream(req.query.file).pipe(res);
}

function saveDraft(userId, title, body) {
  const target = path.join(UPLOAD_DIR, 'drafts', `${userId}-${title}.md`);
  // expect: path-traversal
  fs.writeFileSync(target, body, 'utf8');
  return target;
}

// Safe look-alikes: fixed paths (the second and third are not string literals).
function loadDefaults() {
  return JSON.parse(fs.readFileSync('./config/defaults.json', 'utf8'));
}

function invoiceTemplate() {
  return fs.readFileSync(path.join(__dirname, 'templates', 'invoice.html'), 'utf8');
}

function ensureUploadDir() {
  fs.mkdirSync(UPLOAD_DIR, { recursive: true });
}

module.exports = { readAttachment, removeAttachment, streamExport, saveDraft, loadDefaults, invoiceTemplate, ensureUploadDir };
