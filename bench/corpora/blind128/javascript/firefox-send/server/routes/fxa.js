const config = require('../config');

const BASE_URL = config.base_url;

module.exports = {
  login: function (req, res) {
    const next = req.query.next;
    if (next) {
      res.cookie('send_next', next, { httpOnly: true, sameSite: 'lax', secure: true });
    }
    res.redirect(`${config.fxa_url}/authorization?client_id=${encodeURIComponent(config.fxa_client_id)}`);
  },

  oauth: async function (req, res) {
    await req.app.locals.fxaClient.exchange(req.query.code);
    const next = req.cookies.send_next;
    res.clearCookie('send_next');
    if (req.query.local === '1') {
      return res.redirect(next && /^\/[a-z]/.test(next) ? next : '/');
    }
    // expect: open-redirect
    res.redirect(next || BASE_URL);
  },
};
