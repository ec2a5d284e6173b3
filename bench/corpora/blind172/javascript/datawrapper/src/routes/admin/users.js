'use strict';

const Joi = require('joi');
const { searchUsers } = require('../../services/userSearch');

const ORDER_FIELDS = ['id', 'email', 'name', 'createdAt', 'chartCount'];

module.exports = (server) => {
    // GET /v3/admin/users?search=&order=ASC&orderBy=createdAt&limit=100&offset=0
    server.route({
        method: 'GET',
        path: '/users',
        options: {
            tags: ['api'],
            auth: { access: { scope: ['user:read'] } },
            validate: {
                query: Joi.object({
                    search: Joi.string().max(200).allow(''),
                    teamId: Joi.string().max(64),
                    order: Joi.string().valid('ASC', 'DESC').default('ASC'),
                    orderBy: Joi.string().valid(...ORDER_FIELDS).default('id'),
                    limit: Joi.number().integer().min(1).max(1000).default(100),
                    offset: Joi.number().integer().min(0).default(0)
                })
            }
        },
        async handler(request) {
            const { auth, query } = request;
            if (!auth.artifacts.isAdmin()) {
                return { list: [], total: 0 };
            }
            return searchUsers(query);
        }
    });
};
