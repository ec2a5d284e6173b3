const got = require('got')
const { getProtectedGot } = require('./request')
const logger = require('../logger')

/**
 * HEAD request through the protected got instance: private and link-local addresses are refused
 * at DNS lookup time unless allowLocalUrls is set in companion's options.
 */

async function getURLMeta (url, allowLocalIPs = false) {
  const protectedGot = getProtectedGot({ allowLocalIPs })
  const response = await protectedGot(url, { method: 'HEAD', followRedirect: true, timeout: { request: 10000 } })
  return {
    name: new URL(url).pathname.split('/').pop() || 'download',
    type: response.headers['content-type'],
    size: Number(response.headers['content-length']) || null,
  }
}

// Used when the client asks to skip the HEAD request: some servers reject HEAD, so do a ranged GET instead.
async function getURLMetaUnchecked (url) {
  logger.info('meta via ranged GET', 'controller.url.meta')
  // expect: ssrf
  const response = await got(url, { headers: { Range: 'bytes=0-0' }, timeout: { request: 10000 } })
  return {
    name: new URL(url).pathname.split('/').pop() || 'download',
    type: response.headers['content-type'],
    size: Number((response.headers['content-range'] || '').split('/')[1]) || null,
  }
}

module.exports = { getURLMeta, getURLMetaUnchecked }
