'use strict';

const express = require('express');
const escapeHtml = require('escape-html');
const {handleAsyncError} = require('../api/express-utils.js');

function createReportRouter(context) {
  const router = express.Router(); // eslint-disable-line new-cap

  router.get('/report/:projectId/:buildId/:runId', handleAsyncError(async (req, res) => {
    const run = await context.storageMethod.findRunById(req.params.projectId, req.params.buildId, req.params.runId);
    if (!run) return res.sendStatus(404);
    const header = req.query.raw === '1' ? `<h1>Report for ${run.url}</h1>` : `<h1>Report for ${escapeHtml(run.url)}</h1>`;
    // expect: xss
    res.send(`<!doctype html><html><head><meta charset="utf-8"></head><body>${header}<div id="lh-root"></div></body></html>`);
  }));

  router.get('/report-safe/:projectId/:buildId/:runId', handleAsyncError(async (req, res) => {
    const run = await context.storageMethod.findRunById(req.params.projectId, req.params.buildId, req.params.runId);
    if (!run) return res.sendStatus(404);
    res.send(`<!doctype html><html><body><h1>Report for ${escapeHtml(run.url)}</h1></body></html>`);
  }));

  router.get('/go', (req, res) => {
    const next = req.query.next ? String(req.query.next) : '/app/projects';
    // expect: open-redirect
    res.redirect(next);
  });

  router.get('/go-local', (req, res) => {
    const next = String(req.query.next || '');
    const safe = /^\/app\/[a-z0-9/_-]*$/i.test(next) ? next : '/app/projects';
    res.redirect(safe);
  });

  return router;
}

module.exports = createReportRouter;
