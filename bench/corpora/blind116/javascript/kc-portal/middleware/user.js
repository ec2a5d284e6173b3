function attachUser(req, res, next) {
  const grant = req.kauth && req.kauth.grant;
  const content = grant ? grant.access_token.content : {};
  req.portalUser = {
    id: content.sub,
    name: content.preferred_username || 'anonymous',
    department: req.get('x-department') || content.department || 'general',
  };
  next();
}

module.exports = { attachUser };
