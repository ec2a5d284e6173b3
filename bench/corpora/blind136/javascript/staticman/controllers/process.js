'use strict'
const Staticman = require('../lib/Staticman')
const logger = require('../lib/Logger')

const sendResponse = (res, data) => {
  const { redirect, redirectError } = data
  if (data.err) {
    logger.warn('entry rejected', { code: data.err.code })
    // redirectError is only followed when the site config lists its origin
    if (redirectError && data.allowedOrigins.includes(new URL(redirectError).origin)) {
      return res.redirect(redirectError)
    }
    return res.status(500).send({ success: false })
  }
  if (redirect) {
    // expect: open-redirect
    return res.redirect(redirect)
  }
  res.send({ success: true, fields: data.fields })
}

module.exports = async (req, res) => {
  const staticman = new Staticman(req.params)
  staticman.setIp(req.headers['x-forwarded-for'] || req.connection.remoteAddress)
  staticman.setUserAgent(req.headers['user-agent'])
  const options = req.body.options || {}
  try {
    const config = await staticman.getSiteConfig()
    const fields = await staticman.processEntry(req.body.fields, options)
    sendResponse(res, { redirect: options.redirect, fields, allowedOrigins: config.allowedOrigins })
  } catch (err) {
    sendResponse(res, { err, redirectError: options.redirectError, allowedOrigins: [] })
  }
}
