'use strict';

const express = require('express');
const helpers = require('./helpers');
const middleware = require('../middleware/user');
const controllers = {
	accounts: { posts: require('../controllers/accounts/posts') },
	users: require('../controllers/users'),
	authentication: require('../controllers/authentication'),
	uploads: require('../controllers/uploads'),
	errors: require('../controllers/errors'),
};

module.exports = function (app) {
	const router = express.Router();
	const { setupPageRoute } = helpers;

	setupPageRoute(router, '/user/:userslug/posts', [middleware.buildAccountData], controllers.accounts.posts.getPosts);
	setupPageRoute(router, '/users/search', [], controllers.users.search);
	setupPageRoute(router, '/users/by-prefix', [], controllers.users.searchSafe);
	setupPageRoute(router, '/login/return', [], controllers.authentication.afterLogin);
	setupPageRoute(router, '/login/return-local', [], controllers.authentication.afterLoginLocal);

	router.get('/assets/uploads/*', controllers.uploads.getFile);
	router.get('/assets/uploads-checked/*', controllers.uploads.getFileChecked);

	router.use(controllers.errors.handle404);
	router.use(controllers.errors.handle404Escaped);

	app.use(router);
};
