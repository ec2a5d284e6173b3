const jwt = require('jsonwebtoken');
const Logger = require('../utils/Logger');
const logger = new Logger();

const auth = (req, res, next) => {
  const authHeader = req.header('Authorization-Flame');
  let token = authHeader ? authHeader.split(' ')[1] : null;
  req.isAuthenticated = false;
  if (token) {
    try {
      jwt.verify(token, process.env.SECRET, { algorithms: ['HS256'] });
      req.isAuthenticated = true;
    } catch (err) {
      req.tokenError = authHeader;
      logger.log(`Invalid token received: ${authHeader}`, 'WARN');
    }
  }
  next();
};

const requireAuth = (req, res, next) => {
  if (!req.isAuthenticated) {
    logger.log('Unauthorized request', 'WARN');
    return res.status(401).json({ success: false });
  }
  next();
};

module.exports = { auth, requireAuth };
