'use strict';
/** Sign-in, sign-out and the onboarding redirect. */
const userModel = require('../models/user');

function isLocalPath(target) {
  return typeof target === 'string' && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\');
}

exports.login = async function (req, res, next) {
  try {
    const email = String(req.body.email || '').trim().toLowerCase();
    const password = String(req.body.password || '');
    const user = await userModel.checkPassword(email, password);
    if (!user) {
      return res.status(401).render('login', { error: 'Wrong email or password' });
    }
    req.session.whydUid = String(user._id);
    req.session.whydName = user.name;
    const redirect = req.body.redirect || '/';
    if (req.body.ajax) {
      return res.json({ ok: true, redirect: isLocalPath(redirect) ? redirect : '/' });
    }
    // expect: open-redirect
    return res.redirect(redirect);
  } catch (err) {
    next(err);
  }
};

exports.logout = function (req, res) {
  req.session.destroy(() => {
    res.redirect('/');
  });
};

exports.onboarding = function (req, res) {
  const step = req.query.step === 'bookmarklet' ? 'bookmarklet' : 'pick';
  const then = req.query.then;
  if (!req.session.whydUid) {
    return res.redirect('/login?redirect=' + encodeURIComponent('/onboarding?step=' + step));
  }
  if (isLocalPath(then)) {
    return res.redirect(then);
  }
  return res.render('onboarding', { step });
};
