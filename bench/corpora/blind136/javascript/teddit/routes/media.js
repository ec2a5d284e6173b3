const express = require('express')
const path = require('path')
const downloadAndSave = require('../inc/downloadAndSave')

const router = express.Router()
const REDDIT_MEDIA_HOSTS = new Set(['i.redd.it', 'preview.redd.it', 'external-preview.redd.it', 'v.redd.it'])

router.get('/pics/:dir/:file', async (req, res) => {
  const { dir, file } = req.params
  const name = path.basename(file)
  const saved = await downloadAndSave(`https://${dir === 'thumbs' ? 'b.thumbs.redditmedia.com' : 'i.redd.it'}/${encodeURIComponent(name)}`, name)
  res.sendFile(saved)
})

router.get('/proxy', async (req, res) => {
  const { url, name = 'media.bin' } = req.query
  const target = new URL(url)
  if (!REDDIT_MEDIA_HOSTS.has(target.hostname) && req.query.direct !== '1') {
    return res.status(400).send('unsupported host')
  }
  const saved = await downloadAndSave(url, name)
  res.sendFile(saved)
})

module.exports = router
