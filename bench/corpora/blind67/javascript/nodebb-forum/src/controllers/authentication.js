'use strict';

const helpers = require('./helpers');

const authenticationController = module.exports;

authenticationController.afterLogin = async function (req, res) {
	let returnTo = req.query.returnTo;
	if (!returnTo && req.session.returnTo) {
		returnTo = req.session.returnTo;
		delete req.session.returnTo;
	}
	helpers.redirect(res, returnTo || '/');
};

authenticationController.afterLoginLocal = async function (req, res) {
	const next = req.query.next ?? '/';
	helpers.redirectLocal(res, next);
};
