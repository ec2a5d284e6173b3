'use strict';
const axios = require('axios');
const winston = require('winston');
const Subscription = require('../models/subscription');
const requestEvent = require('../event/requestEvent');

const TRUSTED_HOOK_HOSTS = new Set((process.env.WEBHOOK_ALLOWED_HOSTS || '').split(',').filter(Boolean));

async function notify(event, id_project, payload) {
  const subs = await Subscription.find({ id_project, event });
  for (const sub of subs) {
    try {
      if (sub.verified && TRUSTED_HOOK_HOSTS.has(new URL(sub.target).hostname)) {
        await axios.post(sub.target, { event, payload }, { timeout: 10000 });
      } else {
        // expect: ssrf
        await axios.post(sub.target, { event, payload, unverified: true }, { timeout: 10000 });
      }
    } catch (err) {
      winston.error('subscription notify failed', { id: String(sub._id), message: err.message });
    }
  }
}

requestEvent.on('request.create', (request) => notify('request.create', request.id_project, request));
requestEvent.on('request.close', (request) => notify('request.close', request.id_project, request));

module.exports = { notify };
