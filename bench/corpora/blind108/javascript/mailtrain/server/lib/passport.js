'use strict';

const csrf = require('csurf');

module.exports.csrfProtection = csrf({ cookie: true });

module.exports.loggedIn = (req, res, next) => {
  if (!req.user) return res.status(403).json({ message: 'Not authenticated' });
  next();
};
