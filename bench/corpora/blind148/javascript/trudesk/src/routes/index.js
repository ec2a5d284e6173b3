'use strict'

const express = require('express')
const path = require('path')
const winston = require('../logger')
const apiCtrl = require('../controllers/api')
const ticketsV1 = require('../controllers/api/v1/tickets')
const mainCtrl = require('../controllers/main')

const router = express.Router()

// Fills req.user from the session or the accesstoken header; every /api route reads it.
function isAuth (req, res, next) {
  const token = req.headers.accesstoken
  apiCtrl.resolveUser(req.session, token, function (err, user) {
    if (err || !user) return res.status(401).json({ success: false, error: 'Invalid Access Token' })
    req.user = user
    req.clientIp = req.headers['x-forwarded-for'] || req.socket.remoteAddress
    next()
  })
}

router.get('/login', mainCtrl.loginGet)
router.post('/login', mainCtrl.loginPost)
router.get('/logout', mainCtrl.logout)

router.get('/api/v1/tickets/search', isAuth, ticketsV1.search)
router.get('/api/v1/tickets/:uid/attachments/:file', isAuth, ticketsV1.downloadAttachment)
router.get('/api/v1/tickets/:uid/attachments/:file/stored', isAuth, ticketsV1.downloadStoredAttachment)
router.post('/api/v1/tickets/:uid/comment', isAuth, ticketsV1.postComment)

router.use(function (err, req, res, next) {
  winston.warn(err.message)
  res.status(500).json({ success: false, error: 'Internal error' })
})

module.exports = router
module.exports.isAuth = isAuth
module.exports.uploadRoot = path.join(__dirname, '../../public/uploads/tickets')
