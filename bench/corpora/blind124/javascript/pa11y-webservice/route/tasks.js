'use strict';

module.exports = function tasksRoutes(app) {
	const model = app.model;

	app.server.route({
		method: 'GET',
		path: '/tasks',
		handler: (request) => model.task.getAll({ lastres: Boolean(request.query.lastres) })
	});

	app.server.route({
		method: 'POST',
		path: '/tasks',
		handler: async (request, h) => {
			const task = await model.task.create(request.payload);
			return h.response(task).code(201);
		}
	});

	app.server.route({
		method: 'POST',
		path: '/tasks/search',
		handler: async (request) => {
			const { filter, name } = request.payload || {};
			if (typeof name === 'string') {
				return model.task.searchByName(name);
			}
			return model.task.search(filter || {});
		}
	});
};
