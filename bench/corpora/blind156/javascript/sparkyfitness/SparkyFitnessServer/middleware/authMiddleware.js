// JWT or API-key auth; either way the routes read req.userId and req.authenticatedUserId.
const jwt = require('jsonwebtoken');
const { log } = require('../config/logging');
const apiKeyRepository = require('../models/apiKeyRepository');

async function authenticateToken(req, res, next) {
  const header = req.headers.authorization || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) {
    return res.status(401).json({ error: 'Authentication required' });
  }
  try {
    const payload = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
    req.userId = payload.userId;
    req.authenticatedUserId = payload.userId;
    // family members may act for another user id they were granted access to
    req.actingOnBehalfOf = req.headers['x-on-behalf-of'] || null;
    return next();
  } catch (error) {
    const key = await apiKeyRepository.findActiveKey(token);
    if (key) {
      req.userId = key.user_id;
      req.authenticatedUserId = key.user_id;
      return next();
    }
    log('warn', 'Rejected token', { reason: error.name });
    return res.status(403).json({ error: 'Invalid token' });
  }
}

module.exports = { authenticateToken };
