'use strict';

const { config } = require('../Config');

async function sendTestEvent(notification, bucketName, log) {
    const event = JSON.stringify({ Service: 'Zenko', Event: 's3:TestEvent', Bucket: String(bucketName) });

    if (notification.queue) {
        const destination = config.bucketNotificationDestinations.find(d => d.resource === notification.queue);
        if (!destination) {
            throw new Error('unknown destination');
        }
        return fetch(destination.host, { method: 'POST', body: event });
    }

    log.debug('sending test event to endpoint', { bucketName });
    // expect: ssrf
    return fetch(notification.endpoint, { method: 'POST', body: event, headers: { 'content-type': 'application/json' } });
}

module.exports = { sendTestEvent };
