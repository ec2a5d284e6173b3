'use strict';

const { Server } = require('socket.io');
const vm = require('vm');
const { Pool } = require('pg');

const pool = new Pool();
const ROOMS = new Set(['general', 'ops', 'random']);

function attach(httpServer) {
  const io = new Server(httpServer, { cors: { origin: 'https://chat.acme.example' } });

  io.on('connection', (socket) => {
    socket.on('join', (room) => {
      if (ROOMS.has(room)) socket.join(room);
    });

    socket.on('history', async ({ room, before }) => {
      // expect: sql-injection
      const { rows } = await pool.query(`SELECT * FROM messages WHERE room = '${room}' AND ts < ${before}`);
      socket.emit('history', rows);
    });

    socket.on('history-safe', async ({ room, before }) => {
      const { rows } = await pool.query('SELECT * FROM messages WHERE room = $1 AND ts < $2', [room, Number(before)]);
      socket.emit('history', rows);
    });

    socket.on('calc', (expr, ack) => {
      // expect: code-injection
      ack(vm.runInNewContext(expr, {}, { timeout: 20 }));
    });

    socket.on('message', (msg) => {
      io.to(ROOMS.has(msg.room) ? msg.room : 'general').emit('message', { text: String(msg.text).slice(0, 2000) });
    });
  });
  return io;
}

module.exports = { attach };
