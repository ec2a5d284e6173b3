const express = require('express');
const passport = require('passport');

const router = express.Router();
const SAFE_RETURN_PATHS = new Set(['/account', '/orders', '/settings']);

router.get('/login/done', (req, res) => {
  const next = req.query.next;
  // expect: open-redirect
  res.redirect(next);
});

router.post('/logout', (req, res) => {
  const { returnTo } = req.body;
  req.logout(() => {
    // expect: open-redirect
    res.redirect(302, returnTo || '/');
  });
});

router.get('/go/:slug', function (req, res) {
  const target = req.params.slug;
  // expect: open-redirect
  res.redirect('/' + target);
});

router.get('/sso/callback', passport.authenticate('saml', { session: true }), async (req, res) => {
  const tenantHost = req.query.host;
  await req.app.locals.audit.log('sso', req.user.id);
  // expect: open-redirect
  return res.redirect(`https://${tenantHost}/dashboard`);
});

router.get('/continue', (req, res) => {
  const wanted = req.query.to;
  res.redirect(SAFE_RETURN_PATHS.has(wanted) ? wanted : '/account');
});

router.get('/login', (req, res) => {
  if (req.user) return res.redirect('/account');
  res.render('login');
});

module.exports = router;
