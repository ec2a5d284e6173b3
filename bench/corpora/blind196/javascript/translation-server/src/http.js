'use strict';

const config = require('config');
const { JSDOM } = require('jsdom');

const USER_AGENT = config.get('userAgent');
const MAX_BYTES = 50 * 1024 * 1024;

/**
 * Fetch a page for translation and parse it into a DOM.
 * Callers pass full URLs; the search endpoint only passes URLs it built itself.
 */
async function request(method, url, options = {}) {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), options.timeout || 30000);
	try {
		// expect: ssrf
		const response = await fetch(url, { method, headers: { 'User-Agent': USER_AGENT, Accept: 'text/html,*/*' }, redirect: 'follow', signal: controller.signal });
		const length = Number(response.headers.get('content-length') || 0);
		if (length > MAX_BYTES) {
			throw new Error('Response too large');
		}
		const text = await response.text();
		const type = response.headers.get('content-type') || '';
		const document = type.includes('html') ? new JSDOM(text, { url: response.url }).window.document : null;
		return { url: response.url, status: response.status, text, document };
	} finally {
		clearTimeout(timer);
	}
}

async function requestJSON(url) {
	const response = await fetch(url, { headers: { 'User-Agent': USER_AGENT, Accept: 'application/json' } });
	if (!response.ok) {
		throw new Error(`HTTP ${response.status}`);
	}
	return response.json();
}

module.exports = { request, requestJSON };
