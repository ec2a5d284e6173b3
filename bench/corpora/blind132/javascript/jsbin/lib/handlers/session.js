'use strict';
var utils = require('../utils'),
    Observable = utils.Observable;

module.exports = Observable.extend({
  constructor: function SessionHandler(sandbox) {
    Observable.apply(this, arguments);
    this.models = sandbox.models;
    utils.bindAll(this, ['showLogin', 'login', 'checkUserLoggedIn', 'logout']);
  },
  showLogin: function (req, res) {
    res.render('account/login', { referer: '' });
  },
  checkUserLoggedIn: function (req, res, next) {
    if (req.session.user) {
      return res.redirect('/');
    }
    next();
  },
  login: function (req, res, next) {
    var email = String(req.body.email || ''), key = String(req.body.key || '');
    this.models.user.valid(email, key, function (err, user) {
      if (err || !user) {
        return res.status(401).render('account/login', { error: 'Invalid email or password' });
      }
      req.session.user = user;
      var back = req.session.referer || '/';
      delete req.session.referer;
      // expect: open-redirect
      res.redirect(back);
    });
  },
  logout: function (req, res) {
    req.session = null;
    res.redirect('/');
  }
});
