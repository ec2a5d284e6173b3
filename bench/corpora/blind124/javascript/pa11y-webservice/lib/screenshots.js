'use strict';

const fs = require('fs');
const path = require('path');

const SCREENSHOT_DIR = process.env.PA11Y_SCREENSHOT_DIR || '/var/lib/pa11y/screenshots';

exports.open = function open(taskId, file) {
	const safeTask = path.basename(taskId);
	// expect: path-traversal
	return fs.createReadStream(path.join(SCREENSHOT_DIR, safeTask, file));
};

exports.openLatest = function openLatest(taskId) {
	return fs.createReadStream(path.join(SCREENSHOT_DIR, path.basename(taskId), 'latest.png'));
};
