'use strict';

const WebSocket = require('ws');
const { BoardService } = require('../services/boardService');

// JSON-RPC over WebSocket for the collaborative whiteboard.
// BoardService has public methods (addShape, moveShape, ...) and internal
// ones (resetBoard, exportAll, setOwner) the admin console calls directly.

const service = new BoardService();

const PUBLIC_METHODS = new Set(['addShape', 'moveShape', 'deleteShape', 'listShapes']);

const helpers = {
  ping: () => 'pong',
  time: () => new Date().toISOString(),
};

async function handle(msg, session) {
  if (msg.kind === 'helper') {
    if (helpers.hasOwnProperty(msg.method)) {
      return helpers[msg.method]();
    }
    throw new Error('unknown helper');
  }
  if (msg.kind === 'safe') {
    if (!PUBLIC_METHODS.has(msg.method)) throw new Error('not allowed');
    return service[msg.method](session.boardId, msg.params);
  }
  // any method name the client sends, internal ones included
  // expect: code-injection
  return service[msg.method](session.boardId, msg.params);
}

async function handleBatch(batch, session) {
  const out = [];
  for (const msg of batch) {
    // expect: code-injection
    out.push(await service[msg.method](session.boardId, msg.params));
  }
  return out;
}

function adminAction(name, boardId) {
  // name is one of the console's fixed buttons (resetBoard, exportAll)
  const action = service[name];
  return action.call(service, boardId);
}

function start(port) {
  const wss = new WebSocket.Server({ port });
  wss.on('connection', (socket, req) => {
    const session = { boardId: new URL(req.url, 'http://x').searchParams.get('board') };
    socket.on('message', async (raw) => {
      let msg;
      try {
        msg = JSON.parse(raw);
      } catch (err) {
        return socket.send(JSON.stringify({ error: 'bad json' }));
      }
      try {
        const result = Array.isArray(msg) ? await handleBatch(msg, session) : await handle(msg, session);
        socket.send(JSON.stringify({ id: msg.id, result }));
      } catch (err) {
        socket.send(JSON.stringify({ id: msg.id, error: err.message }));
      }
    });
  });
  return wss;
}

module.exports = { start, adminAction, handle };
