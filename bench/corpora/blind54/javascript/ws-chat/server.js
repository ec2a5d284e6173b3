const http = require('http');
const { WebSocketServer } = require('ws');
const { v4: uuid } = require('uuid');
const bus = require('./lib/bus');
const { handleFrame } = require('./handlers/frames');
require('./listeners/audit');
require('./listeners/commands');

const server = http.createServer((req, res) => {
  res.writeHead(404);
  res.end();
});

const wss = new WebSocketServer({ server, maxPayload: 64 * 1024 });
const sockets = new Map();

wss.on('connection', (ws, req) => {
  const id = uuid();
  const nick = new URL(req.url, 'http://localhost').searchParams.get('nick') || 'guest';
  sockets.set(id, { ws, nick, rooms: new Set(['lobby']) });

  ws.on('message', (raw) => {
    let frame;
    try {
      frame = JSON.parse(raw.toString('utf8'));
    } catch (e) {
      ws.send(JSON.stringify({ type: 'error', error: 'invalid json' }));
      return;
    }
    handleFrame(sockets.get(id), id, frame).catch((err) => {
      ws.send(JSON.stringify({ type: 'error', error: err.message }));
    });
  });

  ws.on('close', () => sockets.delete(id));
});

bus.on('message', (msg) => {
  for (const { ws, rooms } of sockets.values()) {
    if (rooms.has(msg.room)) ws.send(JSON.stringify({ type: 'message', ...msg }));
  }
});

server.listen(Number(process.env.PORT) || 8081);

module.exports = { sockets };
