const Settings = require('@overleaf/settings')
const { URL } = require('url')

const PROTO = new URL(Settings.siteUrl).protocol

function getCanonicalURL(req, url) {
  const origin = `${PROTO}//${req.headers.host}`
  url = new URL(url || req.originalUrl, origin)
  if (url.pathname.endsWith('/')) {
    url.pathname = url.pathname.replace(/\/+$/, '')
  }
  return url.href
}

function getSafeRedirectPath(value) {
  const baseURL = Settings.siteUrl
  let safePath
  try {
    const url = new URL(value, baseURL)
    safePath = url.pathname + url.search + url.hash
    if (safePath === '/' || url.origin !== new URL(baseURL).origin) {
      safePath = undefined
    }
  } catch (e) {
    safePath = undefined
  }
  return safePath
}

function wrapUrlWithProxy(url) {
  if (!Settings.apis.linkedUrlProxy || !Settings.apis.linkedUrlProxy.url) {
    throw new Error('no linked url proxy configured')
  }
  return `${Settings.apis.linkedUrlProxy.url}?url=${encodeURIComponent(url)}`
}

function prependHttpIfNeeded(url) {
  if (!url.match('://')) {
    url = `http://${url}`
  }
  return url
}

module.exports = { getCanonicalURL, getSafeRedirectPath, wrapUrlWithProxy, prependHttpIfNeeded }
