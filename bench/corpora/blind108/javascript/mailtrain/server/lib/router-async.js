'use strict';

const express = require('express');

function safeAsyncHandler(handler) {
  return (req, res, next) => Promise.resolve(handler(req, res, next)).catch(next);
}

function create() {
  const router = express.Router();
  for (const method of ['get', 'post', 'put', 'delete']) {
    router[method + 'Async'] = (path, ...handlers) => router[method](path, ...handlers.map(safeAsyncHandler));
  }
  return router;
}

module.exports = { create };
