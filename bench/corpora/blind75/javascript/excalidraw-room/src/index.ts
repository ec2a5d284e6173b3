import express from 'express';
import http from 'http';
import { Server as SocketIO } from 'socket.io';

import { serverDebug, ioDebug, socketDebug, logJoin } from './lib/debug';
import scenesRouter from './routes/scenes';
import { FileStore } from './storage/file-store';

const app = express();
const port = process.env.PORT || 80;
const store = new FileStore(process.env.SCENE_DIR ?? '/var/lib/excalidraw/scenes');

app.use(express.static('public'));
app.use(express.raw({ type: 'application/octet-stream', limit: '4mb' }));
app.use('/api/v2', scenesRouter(store));

app.get('/', (req, res) => {
  res.send('Excalidraw collaboration server is up :)');
});

const server = http.createServer(app);
server.listen(port, () => serverDebug(`listening on port: ${port}`));

const io = new SocketIO(server, {
  transports: ['websocket', 'polling'],
  cors: { allowedHeaders: ['Content-Type', 'Authorization'], origin: process.env.CORS_ORIGIN || '*', credentials: true },
  allowEIO3: true,
});

io.on('connection', (socket) => {
  ioDebug('connection established!');
  io.to(socket.id).emit('init-room');
  const displayName = String(socket.handshake.query.username ?? 'anonymous');

  socket.on('join-room', async (roomID: string) => {
    logJoin(socket.id, roomID, displayName);
    await socket.join(roomID);
    const sockets = await io.in(roomID).fetchSockets();
    if (sockets.length <= 1) {
      io.to(socket.id).emit('first-in-room');
    } else {
      socket.broadcast.to(roomID).emit('new-user', socket.id);
    }
    io.in(roomID).emit('room-user-change', sockets.map((s) => s.id));
  });

  socket.on('server-broadcast', (roomID: string, encryptedData: ArrayBuffer, iv: Uint8Array) => {
    socketDebug(`${socket.id} sends update to room`);
    socket.broadcast.to(roomID).emit('client-broadcast', encryptedData, iv);
  });

  socket.on('server-persist', async (roomID: string, encryptedData: Buffer) => {
    try {
      await store.saveRoomSnapshot(roomID, encryptedData);
    } catch (err) {
      socketDebug('persist failed');
    }
  });

  socket.on('disconnecting', async () => {
    for (const roomID of Array.from(socket.rooms)) {
      const others = (await io.in(roomID).fetchSockets()).filter((s) => s.id !== socket.id);
      if (others.length > 0) {
        socket.broadcast.to(roomID).emit('room-user-change', others.map((s) => s.id));
      }
    }
  });
});
