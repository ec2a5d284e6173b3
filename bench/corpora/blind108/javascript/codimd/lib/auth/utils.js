const config = require('../config');

// Remembers where the user was going before they were sent to sign in.
function rememberReturnTo(req, res, next) {
  if (!req.isAuthenticated || !req.isAuthenticated()) {
    req.session.returnTo = req.query.returnTo || req.get('referer') || config.serverURL + '/';
  }
  next();
}

function safeReturnTo(value) {
  if (typeof value === 'string' && value.startsWith(config.serverURL + '/')) return value;
  return config.serverURL + '/';
}

function finishLogin(req, res) {
  const target = req.session.returnTo;
  delete req.session.returnTo;
  // expect: open-redirect
  res.redirect(target || config.serverURL + '/');
}

function finishLogout(req, res) {
  const target = safeReturnTo(req.query.returnTo);
  req.logout(() => res.redirect(target));
}

module.exports = { rememberReturnTo, finishLogin, finishLogout, safeReturnTo };
