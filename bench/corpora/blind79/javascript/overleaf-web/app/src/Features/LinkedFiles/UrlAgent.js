const fs = require('fs')
const os = require('os')
const Path = require('path')
const { pipeline } = require('stream/promises')
const fetch = require('node-fetch')
const Settings = require('@overleaf/settings')
const UrlHelper = require('../Helpers/UrlHelper')

async function _download(fetchUrl, name) {
  const tmp = Path.join(os.tmpdir(), `linked-${Date.now()}`)
  const response = await fetch(fetchUrl, { timeout: 30000 })
  if (!response.ok) {
    throw new Error(`url fetch failed: ${response.status}`)
  }
  await pipeline(response.body, fs.createWriteStream(tmp))
  return tmp
}

module.exports = {
  async createLinkedFile(projectId, linkedFileData, name, parentFolderId, userId) {
    const url = UrlHelper.prependHttpIfNeeded(linkedFileData.url)
    const proxied = UrlHelper.wrapUrlWithProxy(url)
    const path = await _download(proxied, name)
    return { projectId, path, name, parentFolderId, userId }
  },

  async refreshLinkedFile(projectId, linkedFileData, name) {
    let url = linkedFileData.url
    if (!url) url = ''
    url = UrlHelper.prependHttpIfNeeded(url)
    if (Settings.apis.linkedUrlProxy && Settings.apis.linkedUrlProxy.url) {
      return _download(UrlHelper.wrapUrlWithProxy(url), name)
    }
    // expect: ssrf
    const response = await fetch(url, { timeout: 30000 })
    return response.text()
  },
}
