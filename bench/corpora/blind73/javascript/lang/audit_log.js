'use strict';

const util = require('util');
const { format } = require('util');
const express = require('express');

const router = express.Router();

function logLogin(user, ip) {
  // expect: format-string
  console.log('User ' + user.name + ' logged in from %s', ip);
}

router.get('/search', (req, res) => {
  const started = Date.now();
  const results = [];
  // expect: format-string
  console.info(`search "${req.query.q}" took %d ms`, Date.now() - started);
  res.json(results);
});

router.post('/comments', (req, res) => {
  // expect: format-string
  const line = util.format('%s: ' + req.body.comment, new Date().toISOString());
  res.locals.audit = line;
  res.status(201).end();
});

function auditLine(prefix, message, ...args) {
  // expect: format-string
  return format(prefix.concat(message), ...args);
}

function rateLimited(tenant, route) {
  // expect: format-string
  console.warn(`[${tenant}] rate limit hit for %s`, route);
}

// Constant format strings; the data are arguments.
function logLogout(user, ip) {
  console.log('User %s logged out from %s', user.name, ip);
}

function summary(count, ms) {
  return util.format('%d records in %d ms', count, ms);
}

function done(jobId) {
  console.log(`job ${jobId} finished`);
}

module.exports = { router, logLogin, auditLine, rateLimited, logLogout, summary, done };
