const User = require('../models/User');

// Resolves the API key once; handlers read req.account and res.locals.filters.
async function loadAccount(req, res, next) {
  try {
    const key = req.get('X-Api-Key');
    req.account = key ? await User.findOne({ apiKey: String(key) }).lean() : null;
    res.locals.filters = req.query.filter || {};
    res.locals.page = Math.max(parseInt(req.query.page, 10) || 1, 1);
    next();
  } catch (err) {
    next(err);
  }
}

module.exports = { loadAccount };
