'use strict';

const screenshots = require('../lib/screenshots');
const { renderBadge, escapeHtml } = require('../lib/badge');
const pdfReport = require('../task/pdf-report');

module.exports = function taskRoutes(app) {
	const model = app.model;

	app.server.route({
		method: 'GET',
		path: '/tasks/{id}/screenshot',
		handler: (request, h) => {
			const stream = screenshots.open(request.params.id, request.query.file || 'latest.png');
			return h.response(stream).type('image/png');
		}
	});

	app.server.route({
		method: 'GET',
		path: '/tasks/{id}/badge',
		handler: async (request, h) => {
			const task = await model.task.getById(request.params.id);
			const label = request.query.label || task.name;
			const html = renderBadge(label, task.standard);
			// expect: xss
			return h.response(html).type('text/html');
		}
	});

	app.server.route({
		method: 'GET',
		path: '/tasks/{id}/title',
		handler: async (request, h) => {
			const task = await model.task.getById(request.params.id);
			return h.response(`<h1>${escapeHtml(task.name)}</h1>`).type('text/html');
		}
	});

	app.server.route({
		method: 'POST',
		path: '/tasks/{id}/pdf',
		handler: async (request) => {
			const task = await model.task.getById(request.params.id);
			if (request.query.engine === 'chrome') {
				return pdfReport.renderWithChrome(task);
			}
			return pdfReport.render(task);
		}
	});
};
