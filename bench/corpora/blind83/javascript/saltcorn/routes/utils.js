const { getState } = require('@saltcorn/data/db/state');

const error_catcher = (fn) => (request, response, next) => {
  Promise.resolve(fn(request, response, next)).catch(next);
};

const isAdmin = (req, res, next) => {
  if (req.user && req.user.role_id === 1) next();
  else {
    req.flash('danger', req.__('Must be admin'));
    res.redirect('/');
  }
};

// Remembers ?dest= on the request so that login/logout can return there.
const setDestination = (req, res, next) => {
  req.dest = req.query.dest || req.body?.dest;
  next();
};

const is_relative_url = (url) => typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') && !url.includes('\\');

const sqlsanitize = (nm) => String(nm).replace(/[^A-Za-z0-9_]/g, '');

module.exports = { error_catcher, isAdmin, setDestination, is_relative_url, sqlsanitize, getState };
