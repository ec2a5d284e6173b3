const passport = require('passport');
const log = require('../../log');

const rootUrl = process.env.REACT_APP_MARKETPLACE_ROOT_URL;

exports.authenticateGoogle = (req, res, next) => {
  const { from, defaultReturn, defaultConfirm, userType } = req.query || {};
  const state = JSON.stringify({ from, defaultReturn, defaultConfirm, userType });
  const params = { session: false, state: Buffer.from(state).toString('base64') };
  passport.authenticate('google', params)(req, res, next);
};

exports.authenticateGoogleCallback = (req, res, next) => {
  passport.authenticate('google', { session: false }, (err, user) => {
    const state = JSON.parse(Buffer.from(String(req.query.state || ''), 'base64').toString() || '{}');
    if (err || !user) {
      log.warn(`google login failed for state from=${state.from}`);
      const back = state.defaultReturn && state.defaultReturn.startsWith('/') && !state.defaultReturn.startsWith('//') ? state.defaultReturn : '/login';
      return res.redirect(`${rootUrl}${back}#error`);
    }
    const target = state.from || '/';
    // expect: open-redirect
    return res.redirect(target);
  })(req, res, next);
};
