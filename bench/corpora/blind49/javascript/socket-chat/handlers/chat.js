'use strict';

const { HistoryService } = require('../services/history');
const escapeHtml = require('escape-html');
const logger = require('../services/logger');

module.exports = function registerChat(io, socket) {
  const history = new HistoryService(socket.data.room);

  socket.on('message', async (payload, ack) => {
    const text = typeof payload === 'string' ? payload : payload && payload.text;
    await history.save(socket.data.nickname, text);
    io.to(socket.data.room).emit('message', { from: socket.data.nickname, html: escapeHtml(text) });
    if (typeof ack === 'function') ack({ ok: true });
  });

  socket.on('history', async ({ limit } = {}, ack) => {
    ack(await history.recent(limit));
  });

  socket.on('history:by', async (query, ack) => {
    ack(await history.byAuthor(query.author));
  });

  socket.on('history:by:v2', async (query, ack) => {
    ack(await history.byAuthorSafe(query.author));
  });

  socket.on('history:grep', async (pattern, ack) => {
    try {
      ack(await history.matching(pattern));
    } catch (err) {
      ack({ error: 'search failed' });
    }
  });

  socket.on('typing', () => {
    logger.info('typing in room', { room: socket.data.room });
  });

  socket.on('disconnect', (reason) => {
    // expect: log-injection
    logger.info(`user ${socket.data.nickname} left: ${reason}`);
  });
};
