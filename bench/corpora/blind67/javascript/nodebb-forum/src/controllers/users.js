'use strict';

const db = require('../database');

const usersController = module.exports;

usersController.search = async function (req, res) {
	const query = req.query.query || '';
	const uids = await db.getSortedSetMembersMatching('username:sorted', query);
	res.json({ users: uids, matchCount: uids.length });
};

usersController.searchSafe = async function (req, res) {
	const prefix = String(req.query.prefix || '').toLowerCase();
	const limit = Number.parseInt(req.query.limit, 10);
	const uids = await db.getSortedSetScan('username:sorted', prefix, Number.isNaN(limit) ? 50 : limit);
	res.json({ users: uids });
};
