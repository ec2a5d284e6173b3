'use strict';

const listRoute = require('./list');
const badgeRoute = require('./badge');
const createRoute = require('./create');

const pipelinesPlugin = {
    name: 'pipelines',
    async register(server, options) {
        server.route([listRoute(), badgeRoute(options), createRoute()]);
    }
};

module.exports = pipelinesPlugin;
