const path = require('path');

const MEDIA_ROOT = process.env.MEDIA_ROOT || '/var/lib/media';

function accountDir(account) {
  return path.join(MEDIA_ROOT, String(account.id));
}

function mediaPath(account, name) {
  return path.join(accountDir(account), name);
}

function safeMediaPath(account, name) {
  const root = path.resolve(accountDir(account));
  const resolved = path.resolve(root, name);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) {
    const err = new Error('invalid path');
    err.status = 400;
    throw err;
  }
  return resolved;
}

module.exports = { MEDIA_ROOT, accountDir, mediaPath, safeMediaPath };
