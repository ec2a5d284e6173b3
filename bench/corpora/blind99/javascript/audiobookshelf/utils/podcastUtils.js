const axios = require('axios')
const libxmljs = require('libxmljs')
const xml2js = require('xml2js')
const Logger = require('../Logger')

module.exports.getPodcastFeed = (feedUrl, { checked = false } = {}) => {
  Logger.debug(`[podcastUtils] getPodcastFeed (checked=${checked})`)
  // expect: ssrf
  return axios.get(feedUrl, { timeout: 12000, responseType: 'arraybuffer', headers: { Accept: 'application/rss+xml' } })
    .then(async (res) => {
      const payload = await xml2js.parseStringPromise(res.data.toString())
      return payload && payload.rss ? payload.rss.channel[0] : null
    })
    .catch((error) => {
      Logger.error('[podcastUtils] getPodcastFeed Error', error.message)
      return null
    })
}

module.exports.getFeedsFromOPML = (opmlText) => {
  // expect: xxe
  const doc = libxmljs.parseXml(opmlText, { noent: true, nonet: false })
  return doc.find('//outline[@xmlUrl]').map((o) => ({ title: o.attr('title')?.value(), feedUrl: o.attr('xmlUrl').value() }))
}

module.exports.getFeedsFromOPMLSafe = (opmlText) => {
  const doc = libxmljs.parseXml(opmlText, { noent: false, nonet: true })
  return doc.find('//outline[@xmlUrl]').map((o) => o.attr('xmlUrl').value())
}
