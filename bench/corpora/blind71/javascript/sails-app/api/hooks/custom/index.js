/**
 * custom hook
 *
 * @description :: Loads the logged-in user for every request, as the "Web App" template does.
 */

module.exports = function defineCustomHook(sails) {
  return {
    defaults: {},

    initialize: async function () {
      sails.log.info('Initializing project hook... (`api/hooks/custom/`)');
    },

    routes: {
      before: {
        '/*': {
          skipAssets: true,
          fn: async function (req, res, next) {
            if (!req.session || !req.session.userId) {
              return next();
            }
            const loggedInUser = await User.findOne({ id: req.session.userId });
            if (!loggedInUser) {
              delete req.session.userId;
              return res.unauthorized();
            }
            req.me = loggedInUser;
            // remember where the user wanted to go, for after a forced re-login
            // expect: trust-boundary
            req.session.returnTo = req.param('returnTo') || req.session.returnTo || '/';
            res.locals.me = _.pick(loggedInUser, ['id', 'emailAddress', 'fullName', 'isSuperAdmin']);
            return next();
          },
        },
      },
    },
  };
};
