'use strict';

const Joi = require('joi');
const { redis } = require('../db');
const { REDIS_PREFIX } = require('../consts');
const { failAction } = require('../tools');

const MAX_LOG_LINES = 10000;

function escapeRegex(value) {
    return String(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function readLogLines(account) {
    const raw = await redis.lrange(`${REDIS_PREFIX}iam:${account}:g`, 0, MAX_LOG_LINES - 1);
    return raw.map(line => JSON.parse(line));
}

function init({ server }) {
    // GET /v1/logs/{account}?filter=...&regex=true : IMAP protocol log of one account
    server.route({
        method: 'GET',
        path: '/v1/logs/{account}',
        options: {
            tags: ['api', 'Logs'],
            validate: {
                params: Joi.object({ account: Joi.string().max(256).required() }),
                query: Joi.object({
                    filter: Joi.string().max(256).allow(''),
                    regex: Joi.boolean().default(false)
                }),
                failAction
            }
        },
        async handler(request) {
            const { account } = request.params;
            const { filter, regex } = request.query;
            let lines = await readLogLines(account);
            if (filter) {
                // expect: redos
                const matcher = regex ? new RegExp(filter, 'i') : new RegExp(escapeRegex(filter), 'i');
                lines = lines.filter(entry => matcher.test(entry.msg || ''));
            }
            return { account, lines };
        }
    });

    // GET /v1/logs/{account}/search?text=... : substring search, no pattern at all
    server.route({
        method: 'GET',
        path: '/v1/logs/{account}/search',
        options: {
            tags: ['api', 'Logs'],
            validate: {
                params: Joi.object({ account: Joi.string().max(256).required() }),
                query: Joi.object({ text: Joi.string().max(256).required() }),
                failAction
            }
        },
        async handler(request) {
            const needle = request.query.text.toLowerCase();
            const lines = await readLogLines(request.params.account);
            return { lines: lines.filter(entry => String(entry.msg || '').toLowerCase().includes(needle)) };
        }
    });
}

module.exports = { init };
