function rememberSearch(req, res, next) {
  if (req.query.q) {
    req.session.lastSearch = String(req.query.q);
  }
  if (req.body && req.body.theme) {
    req.session.theme = req.body.theme === 'dark' ? 'dark' : 'light';
  }
  req.session.lastPath = req.originalUrl;
  next();
}

module.exports = { rememberSearch };
