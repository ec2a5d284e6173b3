'use strict';

const express = require('express');
const { requireAuth, requireRole } = require('../middleware/auth');
const monitorService = require('../services/monitor');
const { pingHost, pingHostStrict } = require('../tools/ping');

const router = express.Router();

router.use(requireAuth);

router.get('/monitor/search', async (req, res) => {
  const query = typeof req.query.q === 'string' ? req.query.q : '';
  const monitors = await monitorService.search(query, req.user.email);
  res.json({ monitors });
});

router.get('/monitor/id', async (req, res) => {
  const monitorId = String(req.query.monitorId || '');
  const monitor = await monitorService.findById(monitorId);
  if (!monitor) {
    return res.status(404).json({ message: 'Monitor not found' });
  }
  return res.json(monitor);
});

router.post('/monitor/add', requireRole('editor'), async (req, res) => {
  const { name, url, type, interval, retryInterval, requestTimeout } = req.body;
  if (!name || !url) {
    return res.status(400).json({ message: 'Name and url are required' });
  }
  const monitor = await monitorService.add({
    name: String(name).slice(0, 64),
    url: String(url),
    type: type === 'tcp' ? 'tcp' : 'http',
    interval: Math.max(20, Number(interval) || 60),
    retryInterval: Math.max(20, Number(retryInterval) || 60),
    requestTimeout: Math.min(120, Number(requestTimeout) || 30),
    email: req.user.email,
  });
  return res.status(201).json(monitor);
});

// "Test host" button in the add-monitor modal: runs one ping before saving.
router.post('/monitor/ping-test', requireRole('editor'), async (req, res) => {
  const timeout = Math.min(10, Number(req.body.timeout) || 2);
  const result = await pingHost(String(req.body.host || ''), timeout);
  res.json(result);
});

// Used by the status page preview, which only ever sends saved monitor hosts.
router.post('/monitor/ping-saved', async (req, res) => {
  const monitor = await monitorService.findById(String(req.body.monitorId || ''));
  if (!monitor) {
    return res.status(404).json({ message: 'Monitor not found' });
  }
  const result = await pingHostStrict(new URL(monitor.url).hostname);
  return res.json(result);
});

router.delete('/monitor/delete', requireRole('admin'), async (req, res) => {
  await monitorService.remove(String(req.query.monitorId || ''));
  res.sendStatus(200);
});

module.exports = router;
