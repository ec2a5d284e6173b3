'use strict';

const Hapi = require('@hapi/hapi');
const { MongoClient } = require('mongodb');

module.exports = async function initApp(config) {
	const client = await MongoClient.connect(config.database);
	const app = {
		server: Hapi.server({ host: config.host, port: config.port }),
		db: client.db(),
		model: {},
		config
	};
	app.model.task = require('./model/task')(app);
	app.model.result = require('./model/result')(app);
	require('./route/tasks')(app);
	require('./route/task')(app);
	await app.server.start();
	return app;
};
