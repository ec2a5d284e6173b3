'use strict'

const passport = require('passport')
const winston = require('../logger')

const mainController = {}

function isLocalPath (target) {
  return typeof target === 'string' && /^\/(?![/\\])[\w\-/?=&.]*$/.test(target)
}

mainController.loginGet = function (req, res) {
  if (req.query.redirect) req.session.redirectUrl = req.query.redirect
  if (req.query.returnTo) req.session.returnTo = req.query.returnTo
  return res.render('login', { flash: req.flash('loginMessage') })
}

mainController.loginPost = function (req, res, next) {
  passport.authenticate('local', function (err, user) {
    if (err) return next(err)
    if (!user) {
      winston.warn('Failed login', { username: req.body['login-username'], ip: req.ip })
      return res.redirect('/login')
    }
    req.logIn(user, function (err) {
      if (err) return next(err)
      const returnTo = req.session.returnTo
      delete req.session.returnTo
      if (returnTo && isLocalPath(returnTo)) return res.redirect(returnTo)
      const redirectUrl = req.session.redirectUrl || '/dashboard'
      delete req.session.redirectUrl
      // expect: open-redirect
      return res.redirect(redirectUrl)
    })
  })(req, res, next)
}

mainController.logout = function (req, res) {
  req.logout(function () {
    return res.redirect('/login')
  })
}

module.exports = mainController
