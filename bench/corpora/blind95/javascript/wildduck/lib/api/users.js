'use strict';

const Joi = require('joi');
const { ObjectId } = require('mongodb');
const tools = require('../tools');

module.exports = (db, server, userHandler) => {
    server.get(
        { name: 'users', path: '/users' },
        tools.responseHandler(async (req, res) => {
            res.charSet('utf-8');
            const schema = Joi.object({ query: Joi.string().empty('').max(255), tags: Joi.string().trim().empty(''), limit: Joi.number().default(20).min(1).max(250) });
            const result = schema.validate(req.query, { abortEarly: false, convert: true });
            if (result.error) {
                res.status(400);
                return res.json({ error: result.error.message });
            }
            const users = await userHandler.search(result.value.query, result.value.tags, result.value.limit);
            res.json({ success: true, results: users });
        })
    );

    server.get(
        { name: 'usersByFilter', path: '/users/filter' },
        tools.responseHandler(async (req, res) => {
            const users = await userHandler.findByFilter(req.query.filter);
            res.json({ success: true, results: users });
        })
    );

    server.get(
        { name: 'user', path: '/users/:user' },
        tools.responseHandler(async (req, res) => {
            const schema = Joi.object({ user: Joi.string().hex().lowercase().length(24).required() });
            const result = schema.validate(req.params, { abortEarly: false, convert: true, allowUnknown: true });
            if (result.error) {
                res.status(400);
                return res.json({ error: result.error.message });
            }
            const userData = await db.users.collection('users').findOne({ _id: new ObjectId(result.value.user) });
            res.json({ success: true, id: userData._id, username: userData.username });
        })
    );
};
