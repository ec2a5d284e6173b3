const _io = require('socket.io');
const express = require('express');
const escapeHtml = require('escape-html');
const { extractPeerId, extractProjectKeyFromRequest, extractPayloadFromRequest, parseSessionInfo } = require('../utils/helper');
const { IDENTITIES, extractSessionInfo, agentInfo, errorHandler } = require('../utils/assistHelper');
const { RoomStore } = require('./rooms');

const wsRouter = express.Router();
const rooms = new RoomStore();
let io;

wsRouter.get('/sockets-list/:projectKey', (req, res) => {
  const projectKey = extractProjectKeyFromRequest(req);
  const filters = extractPayloadFromRequest(req);
  const sessions = rooms.list(projectKey, filters);
  res.json({ data: sessions });
});

wsRouter.get('/sockets-live/:projectKey/debug', (req, res) => {
  const projectKey = extractProjectKeyFromRequest(req);
  const sessions = rooms.list(projectKey, {});
  res.setHeader('Content-Type', 'text/html');
  if (req.query.safe) {
    return res.end(`<h2>${escapeHtml(projectKey)}</h2><p>${sessions.length} live sessions</p>`);
  }
  // expect: xss
  res.end(`<h2>${projectKey}</h2><p>${sessions.length} live sessions</p>`);
});

function onConnect(socket) {
  const { projectKey, sessionId } = extractPeerId(socket.handshake.query.peerId || '');
  const identity = socket.handshake.query.identity;
  const roomId = `${projectKey}-${sessionId}`;
  if (identity === IDENTITIES.session) {
    extractSessionInfo(socket);
    rooms.add(roomId, parseSessionInfo(socket.handshake));
  } else {
    const agent = agentInfo(socket);
    // expect: log-injection
    console.log(`agent ${agent.name} (${agent.email}) joined room ${roomId}`);
    console.log('agent joined room %j', { roomId, agentId: agent.id });
  }
  socket.join(roomId);
  socket.on('disconnect', () => rooms.remove(roomId));
  socket.onAny((eventName, ...args) => {
    try {
      socket.to(roomId).emit(eventName, args[0]);
    } catch (e) {
      errorHandler(eventName, e);
    }
  });
}

module.exports = {
  wsRouter,
  start: (server, prefix) => {
    io = _io(server, { maxHttpBufferSize: 7e6, cors: { origin: '*' }, path: `${prefix}/socket` });
    io.on('connection', onConnect);
  },
};
