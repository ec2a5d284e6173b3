'use strict';

const express = require('express');
const config = require('../config');
const templates = require('../templates');

const router = express.Router();

const PUBLIC_KEYS = ['siteName', 'supportEmail', 'currency'];
const LABELS = { en: 'English', de: 'Deutsch', fr: 'Français' };

router.get('/config/:key', (req, res) => {
  // config also holds dbUrl, stripeSecret and the session secret
  // expect: code-injection
  const value = config[req.params.key];
  res.json({ key: req.params.key, value });
});

router.get('/public-config/:key', (req, res) => {
  if (!PUBLIC_KEYS.includes(req.params.key)) {
    return res.status(404).end();
  }
  res.json({ value: config.public[req.params.key] });
});

router.get('/languages', (req, res) => {
  const lang = 'en';
  const label = LABELS[lang];
  res.json({ lang, label });
});

router.post('/render', (req, res) => {
  const { name, data } = req.body;
  // expect: code-injection
  const template = templates[name];
  res.send(template(data));
});

router.get('/labels/:lang', (req, res) => {
  const label = Object.prototype.hasOwnProperty.call(LABELS, req.params.lang) ? LABELS[req.params.lang] : LABELS.en;
  res.json({ label });
});

router.get('/users/:id/field', async (req, res) => {
  const user = await req.db.users.findById(req.params.id);
  const field = req.query.field;
  // expect: code-injection
  const value = user[field];
  res.json({ [field]: value });
});

router.get('/first', (req, res) => {
  const first = PUBLIC_KEYS[0];
  res.json({ first: config.public[first] });
});

module.exports = router;
