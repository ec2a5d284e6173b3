'use strict';

const http = require('http');
const express = require('express');
const { Server } = require('socket.io');

const registerChat = require('./handlers/chat');
const registerAdmin = require('./handlers/admin');

const app = express();
app.use(express.static('public'));

const server = http.createServer(app);
const io = new Server(server, {
  cors: { origin: process.env.CHAT_ORIGIN || 'http://localhost:5173' },
  maxHttpBufferSize: 1e6,
});

io.use((socket, next) => {
  const { nickname, room } = socket.handshake.auth || {};
  socket.data.nickname = nickname || 'anon';
  socket.data.room = room || 'lobby';
  socket.data.client = socket.handshake.headers['user-agent'];
  socket.data.server = 'chat-1';
  next();
});

io.on('connection', (socket) => {
  socket.join(socket.data.room);
  registerChat(io, socket);
  registerAdmin(io, socket);
});

server.listen(Number(process.env.PORT || 3001), () => {
  console.log('chat listening');
});
