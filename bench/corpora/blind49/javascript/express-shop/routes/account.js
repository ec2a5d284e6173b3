'use strict';

const express = require('express');
const escapeHtml = require('escape-html');

const router = express.Router();

const THEMES = new Set(['light', 'dark', 'contrast']);

router.get('/greeting', (req, res) => {
  const { name } = req.shopper;
  res.type('html');
  // expect: xss
  res.write(`<p class="greeting">Welcome back, ${name}!</p>`);
  res.end();
});

router.get('/greeting-safe', (req, res) => {
  const { name } = req.shopper;
  res.type('html');
  res.write(`<p class="greeting">Welcome back, ${escapeHtml(name)}!</p>`);
  res.end();
});

router.get('/theme.css', (req, res) => {
  const theme = THEMES.has(req.shopper.theme) ? req.shopper.theme : 'light';
  res.setHeader('X-Theme', theme);
  res.type('css').send(`@import url("/themes/${theme}.css");`);
});

router.get('/campaign', (req, res) => {
  const campaign = res.locals.campaign;
  // expect: header-injection
  res.setHeader('X-Campaign', campaign);
  res.json({ campaign });
});

router.get('/region', (req, res) => {
  res.setHeader('X-Region', res.locals.region);
  res.json({ region: res.locals.region, locale: res.locals.locale });
});

router.get('/id', (req, res) => {
  const id = req.shopper.id;
  res.type('html').send(`<span data-id="${id}">account #${id}</span>`);
});

module.exports = router;
