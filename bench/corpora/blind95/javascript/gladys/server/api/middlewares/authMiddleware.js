module.exports = function AuthMiddleware(scope, gladys) {
  return async function authMiddleware(req, res, next) {
    const authHeader = req.headers.authorization || '';
    const token = authHeader.startsWith('Bearer ') ? authHeader.substring(7) : authHeader;
    const userId = gladys.session.validateAccessToken(token, scope);
    req.user = await gladys.user.getById(userId);
    req.user.selectedHouse = req.headers['x-house'] || req.user.default_house;
    next();
  };
};
