'use strict';

const Joi = require('joi');
const { Account } = require('../account');
const { redis } = require('../db');
const { getOAuth2Client } = require('../oauth');
const { escapeHtml } = require('../ui/escape');

const PROVIDERS = ['gmail', 'outlook', 'mailRu'];

function init({ server, call }) {
    // GET /oauth : provider redirects back here with ?code=&state= or ?error=&error_description=
    server.route({
        method: 'GET',
        path: '/oauth',
        options: {
            auth: false,
            validate: {
                query: Joi.object({
                    state: Joi.string().max(1024).required(),
                    code: Joi.string().max(4096),
                    error: Joi.string().max(1024),
                    error_description: Joi.string().max(4096)
                }).unknown(true)
            }
        },
        async handler(request, h) {
            const { state, code, error } = request.query;
            const stored = await redis.get(`account:add:${state}`);
            if (!stored) {
                return h.view('error', { pageTitle: 'OAuth', message: 'Unknown or expired request' }).code(400);
            }
            const data = JSON.parse(stored);
            if (error) {
                const title = escapeHtml(data.name || data.account);
                // expect: xss
                return h.response(`<html><body><h1>Could not connect ${title}</h1><p>${request.query.error_description || error}</p><a href="/admin/accounts">Back</a></body></html>`).type('text/html').code(400);
            }
            if (!PROVIDERS.includes(data.provider)) {
                return h.view('error', { pageTitle: 'OAuth', message: `Unsupported provider ${data.provider}` }).code(400);
            }
            const client = await getOAuth2Client(data.provider);
            const tokens = await client.getToken(code);
            const account = new Account({ redis, account: data.account, call });
            await account.create({ ...data, oauth2: { provider: data.provider, auth: { user: tokens.user }, tokens } });
            await redis.del(`account:add:${state}`);
            return h.redirect(`/admin/accounts/${encodeURIComponent(data.account)}`);
        }
    });
}

module.exports = { init };
