'use strict';

const Joi = require('joi');
const Boom = require('@hapi/boom');
const { Account } = require('../account');
const { redis } = require('../db');
const { failAction } = require('../tools');

const accountIdSchema = Joi.string().max(256).required();

function init({ server, call }) {
    // GET /v1/account/{account}/message/{message}/source : raw RFC822 download
    server.route({
        method: 'GET',
        path: '/v1/account/{account}/message/{message}/source',
        options: {
            tags: ['api', 'Message'],
            validate: {
                params: Joi.object({
                    account: accountIdSchema,
                    message: Joi.string().base64({ paddingRequired: false, urlSafe: true }).max(256).required()
                }),
                failAction
            }
        },
        async handler(request, h) {
            const account = new Account({ redis, account: request.params.account, call, secret: await request.server.methods.getSecret() });
            const stream = await account.getRawMessage(request.params.message);
            if (!stream) throw Boom.notFound('Message not found');
            return h
                .response(stream)
                .type('message/rfc822')
                .header('Content-Disposition', `attachment; filename="${request.params.message}.eml"`);
        }
    });

    // PUT /v1/account/{account}/message/{message} { flags: { add: [...] } }
    server.route({
        method: 'PUT',
        path: '/v1/account/{account}/message/{message}',
        options: {
            tags: ['api', 'Message'],
            validate: {
                params: Joi.object({ account: accountIdSchema, message: Joi.string().max(256).required() }),
                payload: Joi.object({
                    flags: Joi.object({
                        add: Joi.array().items(Joi.string().max(128)).single(),
                        delete: Joi.array().items(Joi.string().max(128)).single()
                    })
                }),
                failAction
            }
        },
        async handler(request) {
            const account = new Account({ redis, account: request.params.account, call, secret: await request.server.methods.getSecret() });
            return account.updateMessage(request.params.message, request.payload);
        }
    });
}

module.exports = { init };
