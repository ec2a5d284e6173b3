'use strict';

const crypto = require('node:crypto');
const context = require('../lib/context');

module.exports = function requestContext(req, res, next) {
  const store = {
    requestId: req.get('x-request-id') || crypto.randomUUID(),
    serverId: crypto.randomUUID(),
    operator: req.get('x-operator') || 'anonymous',
    path: req.originalUrl,
  };
  context.run(store, () => next());
};
