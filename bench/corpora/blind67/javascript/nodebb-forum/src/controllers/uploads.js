'use strict';

const path = require('path');
const nconf = require('nconf');

const uploadsController = module.exports;

uploadsController.getFile = function (req, res) {
	const uploadPath = nconf.get('upload_path');
	const requested = decodeURIComponent(req.params[0]);
	// expect: path-traversal
	res.sendFile(path.join(uploadPath, requested));
};

uploadsController.getFileChecked = function (req, res, next) {
	const uploadPath = path.resolve(nconf.get('upload_path'));
	const target = path.resolve(uploadPath, decodeURIComponent(req.params[0]));
	if (!target.startsWith(uploadPath + path.sep)) {
		return next();
	}
	res.sendFile(target);
};
