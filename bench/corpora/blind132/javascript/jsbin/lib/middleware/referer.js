'use strict';

// remembers where to go back to once the user has signed in
module.exports = function sessionReferer(req, res, next) {
  if (req.query.referer) {
    req.session.referer = req.query.referer;
  }
  next();
};
