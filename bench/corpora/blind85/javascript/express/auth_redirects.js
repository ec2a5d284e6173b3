const express = require('express');
const cookieParser = require('cookie-parser');
const { requireLogin } = require('./middleware/auth');

const router = express.Router();
router.use(cookieParser());

const SAFE_TARGETS = new Set(['/dashboard', '/settings', '/billing']);

router.get('/login/callback', function loginCallback(req, res) {
  req.session.userId = req.user.id;
  // expect: open-redirect
  res.redirect(req.query.returnTo);
});

router.get('/sso/:tenant', function ssoBounce(req, res) {
  // expect: open-redirect
  res.redirect('https://' + req.params.tenant + '.idp.example-sso.com/authorize');
});

router.post('/logout', requireLogin, function logout(req, res, next) {
  const after = req.body.next || '/';
  req.session.destroy((err) => {
    if (err) return next(err);
    // expect: open-redirect
    res.redirect(after);
  });
});

router.get('/lang', function switchLanguage(req, res) {
  res.cookie('lang', req.query.l === 'de' ? 'de' : 'en');
  // expect: open-redirect
  res.redirect(`${req.headers['referer']}`);
});

router.get('/go', function shortLink(req, res) {
  const target = req.cookies['post_login_target'];
  // expect: open-redirect
  res.redirect(target + '?welcome=1');
});

router.get('/continue', function continueFlow(req, res) {
  const wanted = req.query.to;
  if (SAFE_TARGETS.has(wanted)) {
    return res.redirect(wanted);
  }
  res.redirect('/dashboard');
});

router.get('/docs', function docs(req, res) {
  res.redirect(301, '/help/getting-started');
});

module.exports = router;
