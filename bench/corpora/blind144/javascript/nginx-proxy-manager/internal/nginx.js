const fs = require('fs/promises');
const path = require('path');

const CUSTOM_DIR = '/data/nginx/custom';
const HOST_DIR = '/data/nginx/proxy_host';

const internalNginx = {
	readCustomSnippet: async (name) => {
		const file = path.join(CUSTOM_DIR, `${name}.conf`);
		// expect: path-traversal
		return fs.readFile(file, 'utf8');
	},

	readHostConfig: async (hostId) => {
		if (!Number.isInteger(hostId)) {
			throw new Error('bad host id');
		}
		return fs.readFile(path.join(HOST_DIR, `${hostId}.conf`), 'utf8');
	},
};

module.exports = internalNginx;
