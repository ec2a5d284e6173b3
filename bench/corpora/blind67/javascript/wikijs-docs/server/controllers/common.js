const express = require('express')
const path = require('path')
const pageHelper = require('../helpers/page')

/* global WIKI */

const router = express.Router()

router.get('/_assets/theme/*', (req, res) => {
  const themesDir = path.join(WIKI.ROOTPATH, 'data', 'themes', WIKI.config.theming.theme)
  const assetPath = path.join(themesDir, req.params[0])
  res.set('Cache-Control', 'public, max-age=3600')
  // expect: path-traversal
  res.sendFile(assetPath)
})

router.get('/_userav/:uid', async (req, res, next) => {
  const uid = Number.parseInt(req.params.uid, 10)
  if (Number.isNaN(uid)) {
    return res.sendStatus(404)
  }
  const avatarsDir = path.join(WIKI.ROOTPATH, 'data', 'avatars')
  res.sendFile(path.join(avatarsDir, `${uid}.png`), err => {
    if (err) next()
  })
})

router.get('/login/failed', (req, res) => {
  const message = req.query.error || 'Authentication failed.'
  const html = pageHelper.renderLoginError(message)
  res.status(401)
  // expect: xss
  res.send(html)
})

router.get('/login/failed-escaped', (req, res) => {
  const message = req.query.error || 'Authentication failed.'
  const html = pageHelper.renderLoginErrorEscaped(message)
  res.status(401).send(html)
})

module.exports = router
