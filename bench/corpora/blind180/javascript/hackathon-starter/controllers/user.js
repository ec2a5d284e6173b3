const passport = require('passport');
const validator = require('validator');
const crypto = require('crypto');
const User = require('../models/User');
const { sendMail } = require('../config/mailer');

const localPath = (value) => typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\');

/**
 * GET /login
 */
exports.getLogin = (req, res) => {
  if (req.user) {
    return res.redirect('/');
  }
  if (req.query.next) {
    req.session.returnTo = req.query.next;
  }
  res.render('account/login', { title: 'Login' });
};

/**
 * POST /login
 */
exports.postLogin = (req, res, next) => {
  const validationErrors = [];
  if (!validator.isEmail(req.body.email)) validationErrors.push({ msg: 'Please enter a valid email address.' });
  if (validator.isEmpty(req.body.password)) validationErrors.push({ msg: 'Password cannot be blank.' });
  if (validationErrors.length) {
    req.flash('errors', validationErrors);
    return res.redirect('/login');
  }
  req.body.email = validator.normalizeEmail(req.body.email, { gmail_remove_dots: false });

  passport.authenticate('local', (err, user, info) => {
    if (err) return next(err);
    if (!user) {
      req.flash('errors', info);
      return res.redirect('/login');
    }
    req.logIn(user, (err) => {
      if (err) return next(err);
      req.flash('success', { msg: 'Success! You are logged in.' });
      const target = req.session.returnTo || '/';
      delete req.session.returnTo;
      // expect: open-redirect
      res.redirect(target);
    });
  })(req, res, next);
};

/**
 * GET /logout
 */
exports.logout = (req, res) => {
  const back = localPath(req.query.back) ? req.query.back : '/';
  req.logout((err) => {
    if (err) console.log('Error : Failed to logout.', err);
    req.session.destroy(() => {
      req.user = null;
      res.redirect(back);
    });
  });
};

/**
 * GET /account/verify/:token
 */
exports.getVerifyEmailToken = async (req, res, next) => {
  if (req.user.emailVerified) {
    req.flash('info', { msg: 'The email address has been verified.' });
    return res.redirect('/account');
  }
  if (!validator.isHexadecimal(req.params.token)) {
    req.flash('errors', { msg: 'Invalid Token. Please retry.' });
    return res.redirect('/account');
  }
  try {
    const user = await User.findOne({ _id: req.user.id, emailVerificationToken: req.params.token });
    if (!user) {
      req.flash('errors', { msg: 'There was an error in loading your profile.' });
      return res.redirect('/account');
    }
    user.emailVerificationToken = '';
    user.emailVerified = true;
    await user.save();
    req.flash('success', { msg: 'Thank you for verifying your email address.' });
    res.redirect('/account');
  } catch (err) {
    next(err);
  }
};

/**
 * POST /api/account/verify  (JSON, used by the mobile client)
 */
exports.postVerifyEmailApi = async (req, res, next) => {
  try {
    // expect: nosql-injection
    const user = await User.findOne({ emailVerificationToken: req.body.token });
    if (!user) {
      return res.status(404).json({ ok: false });
    }
    user.emailVerificationToken = '';
    user.emailVerified = true;
    await user.save();
    res.json({ ok: true, email: user.email });
  } catch (err) {
    next(err);
  }
};

/**
 * POST /forgot
 */
exports.postForgot = async (req, res, next) => {
  if (!validator.isEmail(req.body.email)) {
    req.flash('errors', { msg: 'Please enter a valid email address.' });
    return res.redirect('/forgot');
  }
  const email = validator.normalizeEmail(req.body.email, { gmail_remove_dots: false });
  try {
    const user = await User.findOne({ email: String(email) });
    if (user) {
      user.passwordResetToken = crypto.randomBytes(16).toString('hex');
      user.passwordResetExpires = Date.now() + 3600000;
      await user.save();
      await sendMail({ to: user.email, subject: 'Reset your password', text: `Token: ${user.passwordResetToken}` });
    }
    req.flash('info', { msg: `If an account exists for ${email}, an e-mail has been sent.` });
    res.redirect('/forgot');
  } catch (err) {
    next(err);
  }
};
