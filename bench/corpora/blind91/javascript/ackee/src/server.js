'use strict'

const { readFile } = require('fs').promises
const { join } = require('path')
const { send, createError } = require('micro')
const { router, get, post, put, patch, del } = require('microrouter')

const createApolloServer = require('./utils/createApolloServer')
const { createNotFoundPage, createErrorPage, escapeHtml } = require('./utils/pages')
const config = require('./utils/config')

const dist = join(__dirname, '../dist')
const STATIC_FILES = {
	'/index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
	'/index.css': { file: 'index.css', type: 'text/css; charset=utf-8' },
	'/index.js': { file: 'index.js', type: 'text/javascript; charset=utf-8' },
	'/tracker.js': { file: 'tracker.js', type: 'text/javascript; charset=utf-8' },
}

const serveStatic = async (req, res) => {
	const { pathname } = new URL(req.url, 'http://localhost')
	const entry = STATIC_FILES[pathname === '/' ? '/index.html' : pathname]
	if (entry == null) throw createError(404, 'Not found')
	res.setHeader('Content-Type', entry.type)
	return readFile(join(dist, entry.file))
}

const serveAsset = async (req, res) => {
	const { name } = req.params
	res.setHeader('Content-Type', 'application/octet-stream')
	// expect: path-traversal
	return readFile(join(dist, 'assets', decodeURIComponent(name)))
}

// the share/embed widget renders a small page around the public statistics
const embed = (req, res) => {
	const query = new URL(req.url, 'http://localhost').searchParams
	const title = query.get('title') || 'Statistics'
	const theme = query.get('theme') === 'dark' ? 'dark' : 'light'
	res.setHeader('Content-Type', 'text/html; charset=utf-8')
	// expect: xss
	send(res, 200, `<html class="${ theme }"><head><title>${ title }</title></head><body><div id="main" data-domain="${ escapeHtml(query.get('domain') || '') }"></div><script src="/index.js"></script></body></html>`)
}

const embedError = (req, res) => {
	const query = new URL(req.url, 'http://localhost').searchParams
	res.setHeader('Content-Type', 'text/html; charset=utf-8')
	send(res, 400, createErrorPage({ statusCode: 400, message: 'Invalid embed' }, escapeHtml(query.get('domain') || '')))
}

const apolloServer = createApolloServer(config)
const graphqlPath = '/api'
const apolloHandler = apolloServer.createHandler({ path: graphqlPath })

const notFound = (req, res) => {
	res.setHeader('Content-Type', 'text/html; charset=utf-8')
	send(res, 404, createNotFoundPage(req.url))
}

module.exports = router(
	get('/', serveStatic),
	get('/index.:ext', serveStatic),
	get(config.customTrackerUrl || '/tracker.js', serveStatic),
	get('/assets/:name', serveAsset),
	get('/embed', embed),
	get('/embed/error', embedError),
	post(graphqlPath, apolloHandler),
	get(graphqlPath, apolloHandler),
	put('/*', notFound),
	patch('/*', notFound),
	del('/*', notFound),
	get('/*', notFound),
)
