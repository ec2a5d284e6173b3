'use strict'
const config = require('./config')
const logger = require('./logger')

function responseError (res, code, detail, msg) {
  res.status(code).render('error.ejs', {
    title: code + ' ' + detail + ' ' + msg,
    code,
    detail,
    msg,
    opengraph: []
  })
}

exports.errorForbidden = function (req, res) {
  if (req.user) return responseError(res, '403', 'Forbidden', 'oh no.')
  req.session.returnTo = config.serverURL + (req.originalUrl || '/')
  req.flash('error', 'You are not allowed to access this page. Maybe try logging in?')
  res.redirect(config.serverURL + '/')
}

exports.errorNotFound = function (req, res) {
  responseError(res, '404', 'Not Found', 'oops.')
}

exports.errorBadRequest = function (req, res) {
  responseError(res, '400', 'Bad Request', 'something not right.')
}

exports.errorInternalError = function (req, res) {
  responseError(res, '500', 'Internal Error', 'wtf.')
}

exports.logAndFail = function (req, res, err) {
  logger.error('request failed: ' + err)
  exports.errorInternalError(req, res)
}
