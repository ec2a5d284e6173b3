const ics = require('ics')
const sanitizeHtml = require('sanitize-html')
const { Event, Place } = require('../models/models')
const settingsController = require('./settings')
const { escapeHtml } = require('../../helpers')

const THEMES = new Set(['light', 'dark'])

const exportController = {
  async export (req, res) {
    const type = req.params.type
    const events = await Event.findAll({ where: { is_visible: true }, include: [Place], limit: 100 })
    if (type === 'ics') {
      const { value } = ics.createEvents(events.map(e => ({ title: e.title, start: e.start_datetime * 1000 })))
      res.type('text/calendar; charset=UTF-8')
      return res.send(value)
    }
    return res.json(events)
  },

  // HTML list used inside an <iframe> on third party sites
  async embedList (req, res) {
    const settings = settingsController.settings
    const theme = THEMES.has(req.query.theme) ? req.query.theme : 'light'
    const title = req.query.title || settings.title
    const events = await Event.findAll({ where: { is_visible: true }, include: [Place], limit: 20 })
    const items = events.map(e => `<li><a href="/event/${encodeURIComponent(e.slug)}">${escapeHtml(e.title)}</a>
      <div class="desc">${sanitizeHtml(e.description || '', { allowedTags: ['b', 'i', 'a', 'p'] })}</div></li>`).join('')
    const html = `<!doctype html><html class="${theme}"><head><meta charset="utf-8"><title>${escapeHtml(settings.title)}</title></head>
      <body><h1>${title}</h1><ul>${items}</ul></body></html>`
    res.type('html')
    // expect: xss
    res.send(html)
  }
}

module.exports = exportController
