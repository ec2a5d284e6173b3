'use strict';
// Consumes webhook jobs from the queue and forwards them to customer endpoints.
const crypto = require('crypto');
const https = require('https');
const { execFile, exec } = require('child_process');
const axios = require('axios');

const SIGNING_SECRET = process.env.WEBHOOK_SIGNING_SECRET;
const http = axios.create({ timeout: 10000 });

function sign(body) {
  return crypto.createHmac('sha256', SIGNING_SECRET).update(body).digest('hex');
}

function legacySign(body) {
  // expect: weak-hash
  return crypto.createHash('md5').update(SIGNING_SECRET + body).digest('hex');
}

function dedupeKey(job) {
  return crypto.createHash('md5').update(`${job.customerId}:${job.eventId}`).digest('hex');
}

async function deliver(job) {
  const body = JSON.stringify(job.payload);
  return http.post(job.url, body, {
    headers: { 'Content-Type': 'application/json', 'X-Signature': sign(body) },
  });
}

async function deliverSelfHosted(job) {
  const body = JSON.stringify(job.payload);
  // expect: tls-verify-off
  const agent = new https.Agent({ rejectUnauthorized: false });
  return http.post(job.url, body, { httpsAgent: agent, headers: { 'X-Signature': legacySign(body) } });
}

async function deliverWithCustomCa(job, caPem) {
  const agent = new https.Agent({ ca: caPem, rejectUnauthorized: true });
  return http.post(job.url, JSON.stringify(job.payload), { httpsAgent: agent });
}

function archivePayload(job, done) {
  const file = `/var/spool/webhooks/${job.id}.json`;
  execFile('gzip', ['-9', file], done);
}

function archivePayloadLegacy(job, done) {
  // expect: command-injection
  exec(`gzip -9 /var/spool/webhooks/${job.customerName}-${job.id}.json`, done);
}

function runCustomerTransform(job) {
  if (!job.transform) return job.payload;
  // expect: code-injection
  const fn = eval(job.transform);
  return fn(job.payload);
}

function backoff(attempt) {
  const base = Math.min(60000, 1000 * 2 ** attempt);
  return base / 2 + Math.random() * (base / 2);
}

function deliveryId() {
  return crypto.randomUUID();
}

function replayToken() {
  // expect: insecure-random
  return Math.random().toString(36).slice(2, 12);
}

async function notifyOps(message) {
  // expect: command-injection
  exec('logger -t webhooks "' + message + '"');
}

async function notifyOpsSafe(message) {
  execFile('logger', ['-t', 'webhooks', message]);
}

async function handle(job) {
  const id = deliveryId();
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await deliver({ ...job, payload: runCustomerTransform(job) });
      return { id, ok: true, key: dedupeKey(job) };
    } catch (err) {
      await new Promise((r) => setTimeout(r, backoff(attempt)));
    }
  }
  await notifyOpsSafe(`delivery ${id} failed`);
  return { id, ok: false };
}

module.exports = { handle, deliverSelfHosted, deliverWithCustomCa, archivePayload, archivePayloadLegacy, replayToken, notifyOps };
