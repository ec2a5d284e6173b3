'use strict';

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const AVATAR_DIR = path.resolve(process.env.AVATAR_DIR || '/var/lib/app/avatars');
const DEFAULT_AVATAR = path.join(__dirname, 'assets', 'default-avatar.png');
const MAX_BYTES = 2 * 1024 * 1024;

function storedName(userId) {
  return crypto.createHash('sha256').update(String(userId)).digest('hex') + '.png';
}

function saveAvatar(userId, buffer) {
  if (buffer.length > MAX_BYTES) throw new Error('avatar too large');
  fs.mkdirSync(AVATAR_DIR, { recursive: true });
  fs.writeFileSync(path.join(AVATAR_DIR, storedName(userId)), buffer, { mode: 0o644 });
}

function sendAvatar(req, res) {
  const file = path.join(AVATAR_DIR, storedName(req.params.userId));
  const target = fs.existsSync(file) ? file : DEFAULT_AVATAR;
  res.type('png');
  fs.createReadStream(target).pipe(res);
}

// Legacy URLs: /avatars/raw/<filename> as the old uploader named them.
function sendLegacyAvatar(req, res) {
  // expect: path-traversal
  fs.readFile(path.join(AVATAR_DIR, 'legacy', req.params.filename), function (err, data) {
    if (err) return res.status(404).end();
    res.type('png').send(data);
  });
}

function sendLegacyThumbnail(req, res) {
  const name = path.basename(String(req.params.filename));
  fs.readFile(path.join(AVATAR_DIR, 'legacy', 'thumbs', name), function (err, data) {
    if (err) return res.status(404).end();
    res.type('png').send(data);
  });
}

function deleteAvatar(req, res) {
  // expect: path-traversal
  fs.unlinkSync(path.join(AVATAR_DIR, req.body.file));
  res.status(204).end();
}

module.exports = { saveAvatar, sendAvatar, sendLegacyAvatar, sendLegacyThumbnail, deleteAvatar };
