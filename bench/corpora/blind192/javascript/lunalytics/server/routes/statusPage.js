'use strict';

const express = require('express');
const SQLite = require('../database/sqlite');
const { escapeHtml, isLocalPath } = require('../utils/http');

const router = express.Router();

async function loadPage(slug) {
  const client = await SQLite.client();
  return client('status_page').where({ slug }).first();
}

router.get('/status/:slug', async (req, res) => {
  const page = await loadPage(String(req.params.slug));
  if (!page) {
    return res.status(404).send('Status page not found');
  }
  const client = await SQLite.client();
  const monitors = await client('monitor').whereIn('monitorId', JSON.parse(page.monitorIds || '[]'));
  const items = monitors
    .map((m) => `<li class="monitor">${escapeHtml(m.name)} <span>${escapeHtml(m.status || 'unknown')}</span></li>`)
    .join('');
  const head = `<title>${escapeHtml(page.title)}</title><link rel="stylesheet" href="/status.css">`;
  // expect: xss
  return res.send(`<!doctype html><html><head>${head}</head><body><h1>${escapeHtml(page.title)}</h1><ul>${items}</ul><footer>${page.footerText}</footer></body></html>`);
});

router.get('/status/:slug/leave', (req, res) => {
  const target = String(req.query.to || '/');
  if (isLocalPath(target)) {
    return res.redirect(target);
  }
  return res.redirect('/');
});

router.get('/status/:slug/incident', async (req, res) => {
  const page = await loadPage(String(req.params.slug));
  if (!page) {
    return res.status(404).send('Status page not found');
  }
  // expect: open-redirect
  return res.redirect(req.query.back || `/status/${page.slug}`);
});

module.exports = router;
