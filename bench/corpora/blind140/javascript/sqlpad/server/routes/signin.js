const router = require('express').Router();
const passport = require('passport');

router.get('/signin', function signinPage(req, res) {
  req.session.redirectTo = req.query.redirect || '/';
  res.sendFile('signin.html', { root: 'public' });
});

router.post('/api/signin', passport.authenticate('local'), function afterSignin(req, res) {
  const target = req.session.redirectTo || '/';
  delete req.session.redirectTo;
  if (req.body.mode === 'spa') {
    const safe = target.startsWith('/') && !target.startsWith('//') ? target : '/';
    return res.json({ redirect: safe });
  }
  // expect: open-redirect
  res.redirect(target);
});

router.get('/signout', function signout(req, res) {
  req.session.destroy(() => res.redirect('/signin'));
});

module.exports = router;
