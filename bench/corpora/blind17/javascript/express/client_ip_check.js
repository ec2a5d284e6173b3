// library: express (IP allow-list for admin endpoints)
const express = require('express');

const app = express();
app.set('trust proxy', 'loopback');
const OFFICE = new Set(['203.0.113.10', '203.0.113.11']);

app.get('/admin/export', (req, res) => {
  const ip = (req.headers['x-forwarded-for'] || '').split(',')[0].trim();
  // expect: ip-spoofing
  if (!OFFICE.has(ip)) return res.sendStatus(403);
  res.json({ export: 'started' });
});

app.get('/admin/flush', (req, res) => {
  // expect: ip-spoofing
  if (req.get('x-real-ip') !== '127.0.0.1') return res.sendStatus(403);
  res.json({ flushed: true });
});

app.get('/admin/export-safe', (req, res) => {
  if (!OFFICE.has(req.ip)) return res.sendStatus(403);
  res.json({ export: 'started' });
});

app.get('/whoami', (req, res) => {
  res.json({ forwardedFor: req.headers['x-forwarded-for'] || null, ip: req.ip });
});

module.exports = app;
