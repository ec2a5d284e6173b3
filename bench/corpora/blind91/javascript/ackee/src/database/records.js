'use strict'

const Record = require('../models/Record')
const { escapeRegex } = require('../utils/escapeRegex')

const add = async (data) => Record.create(data)

const topPages = async (ids, filter, dateDetails) => {
	const match = { domainId: { $in: ids }, created: { $gte: dateDetails.lastMonths(1) } }
	if (filter) match.siteLocation = { $regex: escapeRegex(filter), $options: 'i' }
	return Record.aggregate([
		{ $match: match },
		{ $group: { _id: '$siteLocation', count: { $sum: 1 } } },
		{ $sort: { count: -1 } },
		{ $limit: 30 },
	])
}

const topReferrers = async (ids, referrerFilter) => {
	const match = { domainId: { $in: ids }, siteReferrer: { $ne: null } }
	if (referrerFilter) match.$where = `this.siteReferrer.indexOf('${ referrerFilter }') !== -1`
	// expect: nosql-injection
	const records = await Record.find(match, 'siteReferrer').limit(10000).lean()
	const counts = records.reduce((acc, record) => acc.set(record.siteReferrer, (acc.get(record.siteReferrer) || 0) + 1), new Map())
	return [ ...counts ].map(([ referrer, count ]) => ({ _id: referrer, count })).sort((a, b) => b.count - a.count)
}

module.exports = {
	add,
	topPages,
	topReferrers,
}
