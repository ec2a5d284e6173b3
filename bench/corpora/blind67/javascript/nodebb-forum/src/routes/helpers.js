'use strict';

const winston = require('winston');
const middleware = require('../middleware/user');

const helpers = module.exports;

helpers.tryRoute = function (controller) {
	if (controller && controller.constructor && controller.constructor.name === 'AsyncFunction') {
		return async function (req, res, next) {
			try {
				await controller(req, res, next);
			} catch (err) {
				winston.error(err.stack);
				next(err);
			}
		};
	}
	return controller;
};

helpers.setupPageRoute = function (router, name, middlewares, controller) {
	middlewares = [
		middleware.authenticateRequest,
		middleware.pageView,
		...middlewares,
	];
	router.get(name, middlewares, helpers.tryRoute(controller));
	router.get(`/api${name}`, middlewares, helpers.tryRoute(controller));
};
