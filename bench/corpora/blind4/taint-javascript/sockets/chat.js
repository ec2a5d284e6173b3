'use strict';
const { Server } = require('socket.io');
const { exec } = require('child_process');
const fs = require('fs');
const path = require('path');
const Redis = require('ioredis');
const { Client } = require('pg');

const HISTORY = path.resolve(__dirname, 'history');
const redis = new Redis(process.env.REDIS_URL);

function attach(httpServer, pg) {
  const io = new Server(httpServer, { cors: { origin: 'https://chat.example.com' } });

  io.on('connection', (socket) => {
    socket.on('join', async (room) => {
      // expect: tainted-sql
      const res = await pg.query(`SELECT body FROM messages WHERE room = '${room}' ORDER BY id DESC LIMIT 50`);
      socket.join(String(room));
      socket.emit('history', res.rows);
    });

    socket.on('join-safe', async (room) => {
      const res = await pg.query('SELECT body FROM messages WHERE room = $1 ORDER BY id DESC LIMIT 50', [String(room)]);
      socket.emit('history', res.rows);
    });

    socket.on('export', (msg) => {
      const file = path.join(HISTORY, `${msg.room}.log`);
      // expect: tainted-path
      fs.readFile(file, 'utf8', (err, text) => socket.emit('export', err ? '' : text));
    });

    socket.on('diag', (msg) => {
      // expect: tainted-command
      exec('ping -c 1 ' + msg.host, (err, stdout) => socket.emit('diag', stdout));
    });

    socket.on('typing', async (msg) => {
      await redis.setex(`typing:${socket.id}`, 5, String(msg.room));
    });
  });
  return io;
}

module.exports = { attach, Client };
