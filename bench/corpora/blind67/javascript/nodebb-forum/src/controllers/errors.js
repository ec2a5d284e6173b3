'use strict';

const validator = require('validator');

const errorsController = module.exports;

errorsController.handle404 = function (req, res, next) {
	if (req.accepts('html') && req.query.legacy) {
		// expect: xss
		return res.status(404).send(`<h1>Not Found</h1><p>No page at ${req.originalUrl}</p>`);
	}
	next();
};

errorsController.handle404Escaped = function (req, res) {
	const shown = validator.escape(String(req.originalUrl));
	res.status(404).send(`<h1>Not Found</h1><p>No page at ${shown}</p>`);
};
