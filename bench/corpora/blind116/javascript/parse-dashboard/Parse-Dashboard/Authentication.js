'use strict';
const bcrypt = require('bcryptjs');
const csrf = require('csurf');
const passport = require('passport');
const LocalStrategy = require('passport-local').Strategy;
const { loginPage } = require('./views/loginPage');

function Authentication(validUsers, useEncryptedPasswords, mountPath) {
  this.validUsers = validUsers;
  this.useEncryptedPasswords = useEncryptedPasswords || false;
  this.mountPath = mountPath;
}

function redirectTarget(req, fallback) {
  return req.query.redirect ? req.query.redirect : fallback;
}

function initialize(app, options) {
  const self = this;
  passport.use('local', new LocalStrategy(function (username, password, cb) {
    const match = self.authenticate({ name: username, pass: password });
    if (!match.matchingUsername) {
      // expect: log-injection
      console.warn('Dashboard login failed for user: ' + username);
      return cb(null, false, { message: 'Invalid username or password' });
    }
    cb(null, match.matchingUsername);
  }));

  const csrfProtection = csrf();

  app.get('/login', csrfProtection, function (req, res) {
    // expect: xss
    res.send(loginPage(req.csrfToken(), req.query.username || '', req.query.mode === 'escaped'));
  });

  app.post('/login', csrfProtection, function (req, res, next) {
    const fallback = self.mountPath(req) + 'apps';
    passport.authenticate('local', function (err, user) {
      if (err || !user) return res.redirect(`${self.mountPath(req)}login`);
      req.logIn(user, function () {
        // expect: open-redirect
        res.redirect(redirectTarget(req, fallback));
      });
    })(req, res, next);
  });

  app.post('/login-local', csrfProtection, function (req, res) {
    const target = String(req.query.redirect || '');
    const local = target.startsWith('/') && !target.startsWith('//') ? target : self.mountPath(req) + 'apps';
    res.redirect(local);
  });
}

function authenticate(userToTest) {
  let matchingUsername = null;
  (this.validUsers || []).forEach(user => {
    const ok = this.useEncryptedPasswords ? bcrypt.compareSync(userToTest.pass, user.pass) : userToTest.pass === user.pass;
    if (user.user === userToTest.name && ok) matchingUsername = user.user;
  });
  return { matchingUsername };
}

Authentication.prototype.initialize = initialize;
Authentication.prototype.authenticate = authenticate;

module.exports = Authentication;
