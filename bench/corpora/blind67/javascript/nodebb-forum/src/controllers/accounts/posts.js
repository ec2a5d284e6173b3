'use strict';

const db = require('../../database');
const helpers = require('../helpers');

const postsController = module.exports;

postsController.getPosts = async function (req, res) {
	const { uid } = res.locals;
	const direction = res.locals.sort === 'oldest' ? 'ASC' : 'DESC';
	const page = Math.max(1, parseInt(req.query.page, 10) || 1);

	const pids = await db.getSortedSetRangeByScore(`uid:${uid}:posts`, (page - 1) * 20, 20, direction);
	let matching = pids;
	if (res.locals.term) {
		matching = await db.getSortedSetMembersMatching(`uid:${uid}:posts:titles`, res.locals.term);
	}

	res.render('account/posts', {
		posts: matching,
		title: `[[pages:account/posts, ${res.locals.userslug}]]`,
		breadcrumbs: helpers.buildBreadcrumbs([{ text: res.locals.userslug }]),
	});
};
