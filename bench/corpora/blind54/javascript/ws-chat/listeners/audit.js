const fs = require('fs');
const path = require('path');
const bus = require('../lib/bus');

const LOG_DIR = process.env.AUDIT_DIR || '/var/log/chat';
const auditFile = fs.createWriteStream(path.join(LOG_DIR, 'audit.log'), { flags: 'a' });

bus.on('message', ({ room, from, text, at }) => {
  const line = `${new Date(at).toISOString()} room=${room} from=${from} len=${String(text).length}`;
  // expect: log-injection
  auditFile.write(line + '\n');
});

bus.on('message', ({ room, text, at }) => {
  auditFile.write(JSON.stringify({ at, room: String(room), text: String(text).slice(0, 200) }) + '\n');
});

bus.on('message', ({ room }) => {
  const safeRoom = /^[a-z0-9-]{1,40}$/.test(room) ? room : 'other';
  fs.appendFile(path.join(LOG_DIR, 'rooms', `${safeRoom}.count`), '1\n', () => {});
});
