'use strict';

const EventEmitter = require('events');
const webpush = require('web-push');
const config = require('./config');

const events = new EventEmitter();
const subscriptions = new Set();

webpush.setVapidDetails(
    `mailto:${config.get('notify').webpush.email}`,
    config.get('notify').webpush.vapid_public_key,
    config.get('notify').webpush.vapid_private_key
);

function addSubscription(sub) {
    if (sub && typeof sub.endpoint === 'string' && sub.endpoint.startsWith('https://')) {
        subscriptions.add(JSON.stringify(sub));
    }
}

// Tells admins about comments waiting for moderation; the payload is plain JSON.
events.on('new-comment', ({ id, slug, user }) => {
    const payload = JSON.stringify({
        title: 'New comment awaiting moderation',
        body: `${user.display_name || user.name} commented on ${slug}`,
        clickTarget: `/admin#comment-${Number(id)}`
    });
    for (const raw of subscriptions) {
        webpush.sendNotification(JSON.parse(raw), payload).catch(err => {
            if (err.statusCode === 410) subscriptions.delete(raw);
            else console.error('push failed', err.statusCode);
        });
    }
});

events.addSubscription = addSubscription;
module.exports = events;
