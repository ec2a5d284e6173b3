// library: uuid
const { v1: uuidv1, v4: uuidv4 } = require('uuid');
const crypto = require('crypto');

const sessions = new Map();

function createSession(userId) {
  // expect: insecure-random
  const sid = uuidv1();
  sessions.set(sid, { userId, created: Date.now() });
  return sid;
}

function createSessionSafe(userId) {
  const sid = crypto.randomUUID();
  sessions.set(sid, { userId, created: Date.now() });
  return sid;
}

function createApiKey() {
  return 'ak_' + uuidv4().replace(/-/g, '');
}

function requestId() {
  // correlation id for logs, not a secret
  return uuidv1();
}

module.exports = { createSession, createSessionSafe, createApiKey, requestId };
