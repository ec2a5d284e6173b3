'use strict';

const axios = require('axios');
const { transformPayload } = require('./transform');

const ROUTES = {
  github: ['https://ci.internal.example.com/hooks/github', 'https://audit.internal.example.com/ingest'],
  stripe: ['https://billing.internal.example.com/stripe'],
  shopify: ['https://orders.internal.example.com/shopify'],
};

const CHAT_WEBHOOK = process.env.CHAT_WEBHOOK_URL || 'https://chat.example.com/hooks/ops';

const http = axios.create({ timeout: 5000, maxRedirects: 0 });

async function fanOut(delivery, payload) {
  const targets = ROUTES[delivery.provider] || [];
  const body = transformPayload(delivery.provider, payload);
  const results = [];
  for (const url of targets) {
    results.push(await http.post(url, body, { headers: { 'x-delivery-id': String(delivery.id) } }));
  }
  return results;
}

async function acknowledge(callbackUrl, deliveryId) {
  const url = `${callbackUrl}?delivery=${encodeURIComponent(deliveryId)}`;
  // expect: ssrf
  return http.get(url);
}

async function postToChat(text) {
  return http.post(CHAT_WEBHOOK, { text });
}

module.exports = { fanOut, acknowledge, postToChat };
