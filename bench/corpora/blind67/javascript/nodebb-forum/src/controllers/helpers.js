'use strict';

const nconf = require('nconf');

const relative_path = nconf.get('relative_path') || '';
const helpers = module.exports;

helpers.redirect = function (res, url, permanent) {
	if (res.locals.isAPI) {
		res.set('X-Redirect', encodeURIComponent(url)).status(200).json(url);
		return;
	}
	// expect: open-redirect
	res.status(permanent ? 308 : 307).redirect(url);
};

helpers.redirectLocal = function (res, path) {
	const local = `${relative_path}/${String(path || '').replace(/^[/\\]+/, '')}`;
	res.status(307).redirect(local);
};

helpers.buildBreadcrumbs = function (crumbs) {
	return [{ text: '[[global:home]]', url: `${relative_path}/` }].concat(crumbs);
};
