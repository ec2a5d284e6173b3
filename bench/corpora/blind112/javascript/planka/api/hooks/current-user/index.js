module.exports = function defineCurrentUserHook(sails) {
  const TOKEN_RE = /^Bearer (.+)$/;

  return {
    routes: {
      before: {
        '/api/*': {
          async fn(req, res, next) {
            const match = TOKEN_RE.exec(req.headers.authorization || '');
            const token = match ? match[1] : req.cookies.accessToken;
            if (!token) {
              return next();
            }

            const session = await Session.findOne({ accessToken: token, deletedAt: null });
            if (session) {
              req.currentUser = await User.findOne(session.userId);
              req.accessToken = token;
            }

            return next();
          },
        },
      },
    },
  };
};
