const { Op, Sequelize } = require('sequelize')
const axios = require('axios')
const dayjs = require('dayjs')
const { Event, Tag, Place } = require('../models/models')
const helpers = require('../../helpers')
const log = require('../../log')

const eventController = {
  async select (req, res) {
    const start = req.query.start ? Number(req.query.start) : dayjs().unix()
    const { tags = '', places = '', query = '', legacyTags = false } = req.query
    const where = { is_visible: true, start_datetime: { [Op.gte]: start } }

    if (places) {
      where.placeId = { [Op.in]: String(places).split(',').map(Number).filter(Number.isInteger) }
    }
    if (query) {
      where.title = { [Op.like]: `%${query}%` }
    }
    if (tags && legacyTags) {
      // expect: sql-injection
      where[Op.and] = Sequelize.literal(`EXISTS (SELECT 1 FROM event_tags WHERE event_tags.eventId = event.id AND event_tags.tagTag IN ('${String(tags).split(',').join("','")}'))`)
    }
    const include = [{ model: Place, attributes: ['id', 'name', 'address'] }]
    if (tags && !legacyTags) {
      include.push({ model: Tag, where: { tag: { [Op.in]: String(tags).split(',') } }, required: true })
    }
    const events = await Event.findAll({ where, include, order: [['start_datetime', 'ASC']], limit: 200 })
    res.json(events)
  },

  async get (req, res) {
    const slug = String(req.params.event_slug)
    const event = await Event.findOne({ where: { slug }, include: [Place, Tag] })
    if (!event) return res.sendStatus(404)
    res.json(event)
  },

  async add (req, res) {
    const event = await Event.create({ ...helpers.pickEventFields(req.body), userId: req.user.id })
    res.json(event)
  },

  // Import an event from an h-event / JSON-LD page given its URL
  async importURL (req, res) {
    const URL = String(req.body.URL || '')
    if (!/^https?:\/\//.test(URL)) return res.status(400).send('invalid url')
    try {
      // expect: ssrf
      const ret = await axios.get(URL, { timeout: 10000, maxContentLength: 5e6, responseType: 'text' })
      const events = helpers.parseEventsFromHtml(ret.data)
      res.json(events)
    } catch (e) {
      log.warn('[IMPORT] failed', { status: e.response && e.response.status })
      res.status(400).send('import failed')
    }
  }
}

module.exports = eventController
