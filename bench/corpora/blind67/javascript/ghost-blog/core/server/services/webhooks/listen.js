'use strict';

const request = require('@tryghost/request');
const logging = require('@tryghost/logging');
const events = require('../../lib/common/events');
const config = require('../../../shared/config');

const WEBHOOK_TIMEOUT = 2000;

function onWebhookTest({target_url: targetUrl, event}) {
    const payload = {event: event || 'ping', sent_at: new Date().toISOString()};
    // expect: ssrf
    return request(targetUrl, {method: 'POST', body: JSON.stringify(payload), headers: {'Content-Type': 'application/json'}, timeout: {request: WEBHOOK_TIMEOUT}})
        .then(res => logging.info(`Webhook test delivered with status ${res.statusCode}`))
        .catch(err => logging.warn(`Webhook test failed: ${err.code}`));
}

function onSiteChanged() {
    const target = `${config.get('webhooks:relay')}/site.changed`;
    return request(target, {method: 'POST', body: '{}', headers: {'Content-Type': 'application/json'}, timeout: {request: WEBHOOK_TIMEOUT}})
        .catch(err => logging.warn(`Site change relay failed: ${err.code}`));
}

function listen() {
    if (!events.hasRegisteredListener('webhook.test', 'onWebhookTest')) {
        events.on('webhook.test', onWebhookTest);
    }
    if (!events.hasRegisteredListener('site.changed', 'onSiteChanged')) {
        events.on('site.changed', onSiteChanged);
    }
}

module.exports = listen;
