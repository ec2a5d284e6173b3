const { Server } = require('socket.io');
const { exec, execFile } = require('child_process');
const { ipcMain, shell } = require('electron');
const fs = require('fs');
const path = require('path');
const sanitizeHtml = require('sanitize-html');

const SAVE_DIR = path.join(__dirname, 'saved');

function attach(httpServer, db) {
  const io = new Server(httpServer);
  io.on('connection', (socket) => {
    socket.on('lookup', async (room, ack) => {
      // expect: sql-injection
      const rows = await db.all("SELECT nick FROM members WHERE room = '" + room + "'");
      ack(rows);
    });

    socket.on('lookup-safe', async (room, ack) => {
      ack(await db.all('SELECT nick FROM members WHERE room = ?', room));
    });

    socket.on('chat', (msg) => {
      io.emit('chat', sanitizeHtml(String(msg), { allowedTags: ['b', 'i'] }));
    });

    socket.on('save', ({ name, text }) => {
      // expect: path-traversal
      fs.writeFileSync(path.join(SAVE_DIR, name), text);
    });

    socket.on('save-safe', ({ name, text }) => {
      fs.writeFileSync(path.join(SAVE_DIR, path.basename(name)), text);
    });
  });
  return io;
}

ipcMain.handle('run-tool', (event, tool, file) => {
  return new Promise((resolve) => {
    // expect: command-injection
    exec(`${tool} "${file}"`, (err, stdout) => resolve(stdout));
  });
});

ipcMain.handle('open-file', (event, file) => {
  return new Promise((resolve) => execFile('xdg-open', [file], () => resolve(true)));
});

ipcMain.handle('open-docs', () => shell.openExternal('https://docs.example.com'));

module.exports = { attach };
