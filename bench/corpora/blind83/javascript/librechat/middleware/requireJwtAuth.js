const passport = require('passport');

const requireJwtAuth = (req, res, next) => passport.authenticate('jwt', { session: false })(req, res, next);

/** Copies the client's endpoint selection onto the request for the controllers that follow. */
const setEndpoint = (req, res, next) => {
  req.endpointOption = { endpoint: req.body?.endpoint || req.query.endpoint || 'openAI', model: req.body?.model };
  next();
};

module.exports = { requireJwtAuth, setEndpoint };
