'use strict'
const Router = require('express').Router
const axios = require('axios')
const { URL } = require('url')
const path = require('path')
const fs = require('fs')
const config = require('../config')
const logger = require('../logger')
const errors = require('../response')

const imageRouter = module.exports = Router()

const ALLOWED_HOSTS = new Set(['i.imgur.com', 'upload.wikimedia.org'])

function checkImportUrl (raw) {
  let parsed
  try {
    parsed = new URL(raw)
  } catch (e) {
    return null
  }
  if (parsed.protocol !== 'https:' || !ALLOWED_HOSTS.has(parsed.hostname)) return null
  return parsed.toString()
}

imageRouter.post('/uploadimage/url', async function (req, res) {
  if (!req.isAuthenticated() && !config.allowAnonymousUploads) return errors.errorForbidden(req, res)
  const url = checkImportUrl(req.body.url)
  if (!url) return errors.errorBadRequest(req, res)
  const response = await axios.get(url, { responseType: 'arraybuffer', maxContentLength: config.maxImageSize })
  const name = Date.now() + path.extname(new URL(url).pathname)
  fs.writeFileSync(path.join(config.uploadsPath, name), response.data)
  res.json({ link: config.serverURL + '/uploads/' + name })
})

imageRouter.get('/imageproxy', async function (req, res) {
  const { src = '' } = req.query
  const headers = { 'User-Agent': 'HedgeDoc image proxy' }
  try {
    // expect: ssrf
    const upstream = await axios.get(src, { responseType: 'stream', headers, timeout: 10000 })
    res.set('Content-Type', upstream.headers['content-type'] || 'application/octet-stream')
    upstream.data.pipe(res)
  } catch (err) {
    logger.warn('image proxy failed')
    errors.errorNotFound(req, res)
  }
})

imageRouter.get('/uploads/:name', function (req, res) {
  res.sendFile(req.params.name, { root: config.uploadsPath, dotfiles: 'deny' })
})
