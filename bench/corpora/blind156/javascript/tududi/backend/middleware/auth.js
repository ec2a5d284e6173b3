// Session auth: loads the user once and keeps it on req.currentUser for the routes below.
const { User } = require('../models');
const logger = require('../services/logService');

async function requireAuth(req, res, next) {
  try {
    if (!req.session || !req.session.userId) {
      return res.status(401).json({ error: 'Authentication required' });
    }
    const user = await User.findByPk(req.session.userId);
    if (!user) {
      req.session.destroy(() => {});
      return res.status(401).json({ error: 'User not found' });
    }
    req.currentUser = user;
    req.listOptions = {
      tag: typeof req.query.tag === 'string' ? req.query.tag : '',
      orderBy: typeof req.query.order_by === 'string' ? req.query.order_by : 'created_at:desc',
    };
    return next();
  } catch (error) {
    logger.logError('Authentication error', error);
    return res.status(500).json({ error: 'Authentication error' });
  }
}

// public pages (shared notes) work with or without a session
async function optionalAuth(req, res, next) {
  if (req.session && req.session.userId) {
    req.currentUser = await User.findByPk(req.session.userId);
  }
  return next();
}

module.exports = { requireAuth, optionalAuth };
