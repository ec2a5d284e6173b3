'use strict';

const Joi = require('joi');
const Boom = require('@hapi/boom');
const { failAction } = require('../tools');
const { verifyPassword } = require('../passwords');

const nextSchema = Joi.string().empty('').max(1024).default('/admin');

/** Returns the path part of `next` when it stays on this server, else the dashboard. */
function localRedirect(next) {
    if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) {
        return '/admin';
    }
    return next;
}

function init({ server }) {
    server.route({
        method: 'GET',
        path: '/admin/login',
        options: { auth: false, validate: { query: Joi.object({ next: nextSchema }), failAction } },
        handler(request, h) {
            return h.view('account/login', { next: request.query.next }, { layout: 'login' });
        }
    });

    server.route({
        method: 'POST',
        path: '/admin/login',
        options: {
            auth: false,
            validate: {
                payload: Joi.object({
                    username: Joi.string().max(256).required(),
                    password: Joi.string().max(256).required(),
                    remember: Joi.boolean().truthy('Y', 'true', '1', 'on').default(false),
                    next: nextSchema
                }),
                failAction
            }
        },
        async handler(request, h) {
            const { username, password, remember, next } = request.payload;
            if (!(await verifyPassword(username, password))) {
                return h.view('account/login', { next, error: 'Invalid username or password' }, { layout: 'login' }).code(401);
            }
            request.cookieAuth.set({ user: username, remember });
            return h.redirect(localRedirect(next));
        }
    });

    // GET /admin/logout?next=... : the "switch account" link passes where to go afterwards
    server.route({
        method: 'GET',
        path: '/admin/logout',
        options: { validate: { query: Joi.object({ next: nextSchema }), failAction } },
        handler(request, h) {
            request.cookieAuth.clear();
            if (!request.query.next) throw Boom.badRequest('missing next');
            // expect: open-redirect
            return h.redirect(request.query.next);
        }
    });
}

module.exports = { init, localRedirect };
