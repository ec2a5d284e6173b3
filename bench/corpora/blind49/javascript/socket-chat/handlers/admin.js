'use strict';

const { exec, execFile } = require('child_process');
const os = require('os');
const logger = require('../services/logger');

const ADMIN_TOKEN = process.env.CHAT_ADMIN_TOKEN;
const DIAGNOSTICS = {
  disk: ['df', ['-h', '/']],
  memory: ['free', ['-m']],
  load: ['uptime', []],
};

module.exports = function registerAdmin(io, socket) {
  const isAdmin = () => ADMIN_TOKEN && socket.handshake.auth && socket.handshake.auth.token === ADMIN_TOKEN;

  socket.on('admin:diag', (name, ack) => {
    if (!isAdmin()) return ack({ error: 'forbidden' });
    const [cmd, args] = DIAGNOSTICS[name] || DIAGNOSTICS.load;
    execFile(cmd, args, (err, stdout) => ack({ out: err ? String(err) : stdout }));
  });

  socket.on('admin:ping', (host, ack) => {
    if (!isAdmin()) return ack({ error: 'forbidden' });
    // expect: command-injection
    exec('ping -c 1 ' + host, { timeout: 5000 }, (err, stdout) => ack({ out: err ? 'unreachable' : stdout }));
  });

  socket.on('admin:ping:v2', (host, ack) => {
    if (!isAdmin()) return ack({ error: 'forbidden' });
    if (!/^[a-z0-9.-]{1,253}$/i.test(String(host))) return ack({ error: 'bad host' });
    execFile('ping', ['-c', '1', host], { timeout: 5000 }, (err, stdout) => ack({ out: err ? 'unreachable' : stdout }));
  });

  socket.on('admin:kick', (target) => {
    if (!isAdmin()) return;
    logger.warn('admin kick requested', { target: String(target), by: socket.id });
    for (const [, s] of io.of('/').sockets) {
      if (s.data.nickname === target) s.disconnect(true);
    }
  });

  socket.on('admin:broadcast', (html) => {
    if (!isAdmin()) return;
    io.emit('announcement', { html, host: os.hostname() });
  });
};
