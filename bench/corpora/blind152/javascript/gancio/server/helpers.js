const cheerio = require('cheerio')

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

module.exports = {
  escapeHtml (str) {
    return String(str == null ? '' : str).replace(/[&<>"']/g, c => ESCAPES[c])
  },

  pickEventFields (body) {
    return {
      title: String(body.title || '').slice(0, 250),
      description: String(body.description || ''),
      start_datetime: Number(body.start_datetime),
      end_datetime: body.end_datetime ? Number(body.end_datetime) : null,
      placeId: Number(body.place_id)
    }
  },

  parseEventsFromHtml (html) {
    const $ = cheerio.load(html)
    const events = []
    $('script[type="application/ld+json"]').each((_i, el) => {
      try {
        const json = JSON.parse($(el).contents().text())
        const list = Array.isArray(json) ? json : [json]
        list.filter(e => e['@type'] === 'Event').forEach(e => events.push({
          title: e.name,
          description: e.description,
          start_datetime: Math.floor(new Date(e.startDate).getTime() / 1000)
        }))
      } catch (e) {
        // not JSON-LD we understand
      }
    })
    return events
  }
}
