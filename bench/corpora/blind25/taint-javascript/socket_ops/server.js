// Ops dashboard websocket (socket.io).
const { Server } = require('socket.io');
const { exec, execFile } = require('child_process');
const fs = require('fs');
const path = require('path');

const io = new Server(3001, { cors: { origin: 'https://ops.example.com' } });
const LOGS = '/var/log/services';
const SERVICES = ['api', 'worker', 'scheduler'];

io.on('connection', (socket) => {
  socket.on('restart', (payload) => {
    const service = payload.service;
    // expect: command-injection
    exec('systemctl restart ' + service, (err) => socket.emit('restarted', { service, ok: !err }));
  });

  socket.on('restart-safe', ({ service }) => {
    if (!SERVICES.includes(service)) return socket.emit('error', 'unknown service');
    execFile('systemctl', ['restart', service], (err) => socket.emit('restarted', { service, ok: !err }));
  });

  socket.on('tail', ({ file }) => {
    // expect: path-traversal
    fs.createReadStream(path.join(LOGS, file)).on('data', (chunk) => socket.emit('line', chunk.toString()));
  });

  socket.on('eval', (expr) => {
    // expect: code-injection
    socket.emit('result', Function('"use strict"; return (' + expr + ')')());
  });
});
