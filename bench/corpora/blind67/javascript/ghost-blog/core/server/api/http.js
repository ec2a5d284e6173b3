'use strict';

const debug = require('@tryghost/debug')('api:http');
const Frame = require('./frame');

/**
 * Wraps an API controller method as an express handler: builds the frame from
 * the request, runs the method and sends what it returns.
 */
const http = (apiImpl) => {
    return async function apiHandler(req, res, next) {
        debug('External API request');

        const frame = new Frame({
            body: req.body,
            file: req.file,
            query: req.query,
            params: req.params,
            user: req.user,
            context: {
                api_key: (req.api_key && req.api_key.id) || null,
                user: (req.user && req.user.id) || null,
                member: req.member || null
            }
        });
        frame.configure({options: apiImpl.options});

        try {
            const result = await apiImpl.query(frame, res);
            if (apiImpl.headers && apiImpl.headers.disposition) {
                res.set('Content-Type', apiImpl.headers.contentType || 'application/json');
            }
            if (result === undefined) {
                return res.status(204).end();
            }
            if (result && result.stream) {
                return result.stream.pipe(res);
            }
            return res.status(apiImpl.statusCode || 200).json(result);
        } catch (err) {
            return next(err);
        }
    };
};

module.exports = http;
