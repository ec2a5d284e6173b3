'use strict';

const express = require('express');
const diagnostics = require('../services/diagnostics');
const queue = require('../jobs/backupWorker');
const logger = require('../lib/logger');
const archive = require('../services/archive');
const { pingSchema, hostSchema, backupSchema, validate } = require('../validation/schemas');

const router = express.Router();

router.post('/ping', async (req, res, next) => {
  try {
    const { host, count } = validate(pingSchema, req.body);
    logger.audit(`ping requested for ${host}`);
    res.type('text/plain').send(await diagnostics.ping(host, count));
  } catch (err) {
    next(err);
  }
});

router.post('/ping-safe', async (req, res, next) => {
  try {
    const { host, count } = validate(pingSchema, req.body);
    res.type('text/plain').send(await diagnostics.pingSafe(host, count));
  } catch (err) {
    next(err);
  }
});

router.get('/dig/:host', async (req, res, next) => {
  try {
    res.json(await diagnostics.dig(req.params.host, req.query.type));
  } catch (err) {
    next(err);
  }
});

router.get('/traceroute', (req, res, next) => {
  const host = req.query.host || 'localhost';
  diagnostics
    .traceroute(host)
    .then((out) => res.type('text/plain').send(out))
    .catch(next);
});

router.post('/backup', (req, res, next) => {
  try {
    const payload = { label: req.body.label || 'manual', database: req.body.database };
    const jobId = queue.enqueue('backup', payload);
    res.status(202).json({ jobId });
  } catch (err) {
    next(err);
  }
});

router.post('/backup-checked', (req, res, next) => {
  try {
    const payload = validate(backupSchema, req.body);
    const jobId = queue.enqueue('vacuum', { table: payload.database });
    res.status(202).json({ jobId });
  } catch (err) {
    next(err);
  }
});

router.post('/rotate', (req, res) => {
  const jobId = queue.enqueue('rotate', { days: req.body.days });
  res.status(202).json({ jobId });
});

router.get('/disk', async (req, res, next) => {
  try {
    validate(hostSchema, { host: req.hostname });
    res.type('text/plain').send(await diagnostics.diskUsage());
  } catch (err) {
    next(err);
  }
});

router.post('/archive', (req, res) => {
  const out = archive.archiveDirectory({ source: req.body.source, fast: Boolean(req.body.fast) });
  res.json({ out });
});

router.post('/archive/:name', (req, res) => {
  const output = archive.archiveNamed(req.params.name, req.query.compress !== '0');
  res.type('text/plain').send(output);
});

router.get('/archives', (req, res) => {
  res.json(archive.listArchives(req.query.pattern));
});

module.exports = router;
