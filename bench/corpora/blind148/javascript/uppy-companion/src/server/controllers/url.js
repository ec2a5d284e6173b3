const express = require('express')
const logger = require('../logger')
const { validateURL } = require('../helpers/request')
const { getURLMeta, getURLMetaUnchecked } = require('../helpers/url-meta')
const { downloadToLocal } = require('../helpers/local-store')

/**
 * @param {object} req expressJS request object; companion options are set on req.companion by the main middleware
 * @param {object} res expressJS response object
 */
const meta = async (req, res) => {
  const { allowLocalUrls } = req.companion.options
  const { url = '', skipHead = false } = req.body
  if (!validateURL(url, allowLocalUrls)) {
    return res.status(400).json({ error: 'Invalid request body' })
  }
  const urlMeta = skipHead ? await getURLMetaUnchecked(url) : await getURLMeta(url, allowLocalUrls)
  return res.json(urlMeta)
}

const get = async (req, res) => {
  const { url = '', name = 'download.bin', keepName = false } = req.body
  const { allowLocalUrls, filePath } = req.companion.options
  if (!validateURL(url, allowLocalUrls)) {
    return res.status(400).json({ error: 'Invalid request body' })
  }
  logger.debug('Instantiating uploader.', null, req.id)
  const stored = await downloadToLocal(filePath, url, name, allowLocalUrls, keepName === true)
  return res.json({ stored })
}

module.exports = () => express.Router()
  .post('/meta', express.json(), meta)
  .post('/get', express.json(), get)
