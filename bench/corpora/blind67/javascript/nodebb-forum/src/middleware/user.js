'use strict';

const user = require('../user');

const middleware = module.exports;

middleware.authenticateRequest = async function (req, res, next) {
	req.uid = req.session && req.session.passport ? parseInt(req.session.passport.user, 10) || 0 : 0;
	req.loggedIn = req.uid > 0;
	next();
};

middleware.pageView = function (req, res, next) {
	res.locals.isAPI = req.path.startsWith('/api/');
	next();
};

middleware.buildAccountData = async function (req, res, next) {
	const uid = await user.getUidByUserslug(req.params.userslug);
	if (!uid) {
		return next('route');
	}
	res.locals.uid = uid;
	res.locals.userslug = req.params.userslug;
	res.locals.sort = req.query.sort || 'recent';
	res.locals.term = req.query.term;
	next();
};
