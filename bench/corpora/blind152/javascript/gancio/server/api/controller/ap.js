const axios = require('axios')
const { APUser } = require('../models/models')
const settingsController = require('./settings')
const log = require('../../log')

const apController = {
  async follow (req, res) {
    const body = req.body || {}
    const actor = String(body.actor || '')
    // expect: log-injection
    log.info(`[FEDI] follow request from ${actor} (${req.headers['user-agent']})`)
    let actorURL
    try {
      actorURL = new URL(actor)
    } catch (e) {
      return res.status(400).send('bad actor')
    }
    const trusted = settingsController.settings.trusted_instances || []
    if (!trusted.includes(actorURL.host)) {
      log.warn('[FEDI] follow from untrusted instance', { host: actorURL.host })
      return res.sendStatus(403)
    }
    const { data } = await axios.get(actorURL.toString(), {
      headers: { Accept: 'application/activity+json' },
      timeout: 5000
    })
    await APUser.upsert({ ap_id: data.id, object: data, follower: true })
    log.info('[FEDI] new follower', { ap_id: data.id })
    res.sendStatus(202)
  }
}

module.exports = apController
