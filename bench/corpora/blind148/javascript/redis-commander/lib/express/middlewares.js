'use strict';

const config = require('config');

// Picks the redis connection named in the url (/apiv2/:connectionId/...) and stores it on the request.
function getConnection (req, res, next) {
  const connectionId = req.params.connectionId;
  const connections = req.app.locals.redisConnections;
  const conn = connections.find((c) => c.options.connectionId === connectionId);
  if (!conn) {
    return res.status(404).json({ ok: false, message: 'connection ' + encodeURIComponent(String(connectionId)) + ' not found' });
  }
  res.locals.connection = conn;
  res.locals.connectionLabel = conn.label;
  next();
}

function checkReadOnlyMode (req, res, next) {
  if (config.get('redis.readOnly')) {
    return res.status(403).json({ ok: false, message: 'read only mode' });
  }
  next();
}

// Rejects requests whose connection id is not a plain identifier before any lookup happens.
function checkConnectionId (req, res, next) {
  if (!/^[\w:.-]+$/.test(String(req.params.connectionId || ''))) {
    return res.status(400).json({ ok: false, message: 'invalid connection id' });
  }
  next();
}

module.exports = { getConnection, checkReadOnlyMode, checkConnectionId };
