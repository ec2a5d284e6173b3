'use strict'

const pages = require('../database/records')
const domains = require('../database/domains')
const requireAuth = require('../middlewares/requireAuth')

const getIds = async (parent) => parent.id != null ? [ parent.id ] : (await domains.all()).map((domain) => domain.id)

module.exports = {
	Facts: {},
	Statistics: {
		pages: requireAuth(async (parent, { filter }, { dateDetails }) => {
			const ids = await getIds(parent)
			const entries = await pages.topPages(ids, filter, dateDetails)
			return entries.map((entry) => ({ id: entry._id, value: entry._id, count: entry.count }))
		}),
		referrers: requireAuth(async (parent, { filter }) => {
			const ids = await getIds(parent)
			const entries = await pages.topReferrers(ids, filter)
			return entries.map((entry) => ({ id: entry._id, value: entry._id, count: entry.count }))
		}),
	},
	Domain: {
		statistics: (parent) => parent,
	},
}
