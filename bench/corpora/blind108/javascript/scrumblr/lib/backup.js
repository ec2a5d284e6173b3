const fs = require('fs');
const path = require('path');

const BACKUP_DIR = process.env.SCRUMBLR_BACKUPS || '/var/lib/scrumblr/backups';

function saveBackup(room, cards) {
  const file = path.join(BACKUP_DIR, `${room}.json`);
  // expect: path-traversal
  return fs.promises.writeFile(file, JSON.stringify(cards));
}

function saveBackupChecked(room, cards) {
  const name = room.replace(/[^a-zA-Z0-9_-]/g, '_');
  return fs.promises.writeFile(path.join(BACKUP_DIR, `${name}.json`), JSON.stringify(cards));
}

module.exports = { saveBackup, saveBackupChecked };
