// library: socket.io (server CORS options)
const http = require('http');
const { Server } = require('socket.io');

const httpServer = http.createServer();

// expect: cors-misconfiguration
const io = new Server(httpServer, { cors: { origin: true, credentials: true } });

// expect: cors-misconfiguration
const adminIo = new Server(3001, { cors: { origin: (origin, cb) => cb(null, true), credentials: true } });

const publicIo = new Server(3002, { cors: { origin: '*' } });

const appIo = new Server(3003, {
  cors: { origin: ['https://app.example.com', 'https://admin.example.com'], credentials: true },
});

io.on('connection', (socket) => socket.emit('hello', { id: socket.id }));

module.exports = { io, adminIo, publicIo, appIo };
