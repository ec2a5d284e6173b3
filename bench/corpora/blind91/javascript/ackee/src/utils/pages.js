'use strict'

const escapeHtml = (value) => String(value)
	.replace(/&/g, '&amp;')
	.replace(/</g, '&lt;')
	.replace(/>/g, '&gt;')
	.replace(/"/g, '&quot;')
	.replace(/'/g, '&#39;')

const layout = (body) => `<!doctype html><html><head><meta charset="utf-8"><title>Ackee</title></head><body>${ body }</body></html>`

const createNotFoundPage = (url) => layout(`<h1>Not found</h1><p>No route matches <code>${ escapeHtml(url) }</code>.</p>`)

const createErrorPage = (error, url) => layout(`<h1>${ error.statusCode || 500 }</h1><p>${ error.message } while loading ${ url }</p>`)

module.exports = {
	escapeHtml,
	createNotFoundPage,
	createErrorPage,
}
