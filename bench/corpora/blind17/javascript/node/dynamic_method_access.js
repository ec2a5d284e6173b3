// library: socket.io (RPC dispatch)
const { Server } = require('socket.io');

const io = new Server(3001, { cors: { origin: ['https://app.example.com'] } });

const api = {
  listRooms: () => ['lobby', 'games'],
  ping: () => 'pong',
};

io.on('connection', (socket) => {
  socket.on('rpc', (msg, ack) => {
    // expect: code-injection
    ack(api[msg.method](...msg.args));
  });

  socket.on('global', (msg, ack) => {
    // expect: code-injection
    ack(globalThis[msg.fn](msg.arg));
  });

  socket.on('rpc-safe', (msg, ack) => {
    if (!Object.prototype.hasOwnProperty.call(api, msg.method)) return ack({ error: 'unknown method' });
    ack(api[msg.method]());
  });

  const handlers = new Map(Object.entries(api));
  socket.on('rpc-map', (msg, ack) => {
    const fn = handlers.get(String(msg.method));
    ack(fn ? fn() : { error: 'unknown method' });
  });
});
