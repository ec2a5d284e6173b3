const Logger = require('../Logger')
const { getPodcastFeed, getFeedsFromOPML } = require('../utils/podcastUtils')
const { isValidFeedUrl } = require('../utils/index')

class PodcastController {
  // POST api/podcasts/feed
  async getPodcastFeed(req, res) {
    if (!req.user.isAdminOrUp) {
      Logger.error(`[PodcastController] Non-admin user "${req.user.username}" attempted to get podcast feed`)
      return res.sendStatus(403)
    }
    const url = req.body.rssFeed
    if (!url) return res.status(400).send('Bad request')
    const podcast = await getPodcastFeed(url)
    if (!podcast) return res.status(404).send('Podcast RSS feed request failed or invalid response data')
    res.json({ podcast })
  }

  // POST api/podcasts/feed/checked
  async getCheckedPodcastFeed(req, res) {
    const url = String(req.body.rssFeed || '')
    if (!(await isValidFeedUrl(url))) return res.status(400).send('Invalid feed url')
    res.json({ podcast: await getPodcastFeed(url, { checked: true }) })
  }

  // POST api/podcasts/opml/parse
  async getFeedsFromOPMLText(req, res) {
    if (!req.body.opmlText) return res.sendStatus(400)
    const rssFeedsData = await getFeedsFromOPML(req.body.opmlText)
    res.json({ feeds: rssFeedsData })
  }
}
module.exports = new PodcastController()
