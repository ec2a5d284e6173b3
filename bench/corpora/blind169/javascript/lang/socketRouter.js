'use strict';

// WebSocket message routing for the collaborative whiteboard.
const WebSocket = require('ws');
const boards = require('./boards');

const handlers = {
  join(socket, payload) {
    return boards.join(socket.userId, Number(payload.boardId));
  },
  draw(socket, payload) {
    return boards.addStroke(socket.boardId, socket.userId, payload.stroke);
  },
  undo(socket) {
    return boards.undo(socket.boardId, socket.userId);
  },
};

const adminOps = {
  clear: (boardId) => boards.clear(boardId),
  lock: (boardId) => boards.lock(boardId),
};

const lifecycle = [
  (socket) => boards.touch(socket.boardId),
  (socket) => boards.countActive(socket.boardId),
];

const routes = new Map(Object.entries(handlers));

function route(socket, msg) {
  // expect: code-injection
  return handlers[msg.action](socket, msg.payload || {});
}

function routeChecked(socket, msg) {
  if (handlers.hasOwnProperty(msg.action)) {
    return handlers[msg.action](socket, msg.payload || {});
  }
  return Promise.reject(new Error('unknown action'));
}

function routeFromMap(socket, msg) {
  const handler = routes.get(msg.action);
  return handler ? handler(socket, msg.payload || {}) : Promise.reject(new Error('unknown action'));
}

function runAdmin(socket, msg) {
  if (!socket.isBoardOwner) {
    return Promise.reject(new Error('forbidden'));
  }
  // expect: code-injection
  const op = adminOps[msg.op];
  return op(socket.boardId);
}

function afterMessage(socket) {
  for (let i = 0; i < lifecycle.length; i++) {
    lifecycle[i](socket);
  }
}

function attach(server, useMap) {
  const wss = new WebSocket.Server({ server, path: '/ws' });
  wss.on('connection', (socket, req) => {
    socket.userId = req.user.id;
    socket.on('message', async (raw) => {
      const msg = JSON.parse(raw);
      const dispatch = msg.op ? runAdmin : useMap ? routeFromMap : route;
      await dispatch(socket, msg);
      afterMessage(socket);
    });
  });
  return wss;
}

module.exports = { attach, route, routeChecked };
