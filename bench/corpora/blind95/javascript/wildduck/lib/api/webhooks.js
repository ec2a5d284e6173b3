'use strict';

const Joi = require('joi');
const axios = require('axios');
const tools = require('../tools');

module.exports = (db, server) => {
    server.post(
        { name: 'testWebhook', path: '/webhooks/test' },
        tools.responseHandler(async (req, res) => {
            const schema = Joi.object({ url: Joi.string().uri({ scheme: [/^https?/] }).required(), type: Joi.string().default('*') });
            const result = schema.validate(req.params, { abortEarly: false, convert: true, allowUnknown: true });
            if (result.error) {
                res.status(400);
                return res.json({ error: result.error.message });
            }
            // expect: ssrf
            const response = await axios.post(result.value.url, { type: result.value.type, test: true }, { timeout: 5000 });
            res.json({ success: true, status: response.status });
        })
    );

    server.post(
        { name: 'testWebhookStored', path: '/webhooks/:webhook/test' },
        tools.responseHandler(async (req, res) => {
            const webhook = await db.users.collection('webhooks').findOne({ _id: String(req.params.webhook) });
            if (!webhook) {
                res.status(404);
                return res.json({ error: 'not found' });
            }
            const response = await axios.post(webhook.url, { type: webhook.type, test: true }, { timeout: 5000 });
            res.json({ success: true, status: response.status });
        })
    );
};
