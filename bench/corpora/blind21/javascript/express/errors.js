// express: error and 404 handling, request logging and a debug page
const express = require('express');
const escapeHtml = require('escape-html');
const logger = require('../logger');

const app = express();

app.get('/debug/headers', (req, res) => {
  if (process.env.NODE_ENV === 'production') return res.sendStatus(404);
  res.json(req.headers);
});

app.get('/debug/env', (req, res) => {
  // expect: info-exposure
  res.json(process.env);
});

app.get('/not-found-page', (req, res) => {
  res.status(404).send(`<h1>Not found</h1><p>${escapeHtml(req.originalUrl)}</p>`);
});

app.use((req, res) => {
  // expect: xss
  res.status(404).send('<h1>Not found</h1><p>No page at ' + req.originalUrl + '</p>');
});

app.use((err, req, res, next) => {
  logger.error({ err, path: req.path, requestId: req.id }, 'unhandled error');
  if (res.headersSent) return next(err);
  if (err.type === 'entity.parse.failed') {
    return res.status(400).json({ error: 'invalid JSON' });
  }
  if (err.expose) {
    return res.status(err.status || 400).json({ error: err.message });
  }
  // expect: info-exposure
  res.status(500).json({ error: err.message, stack: err.stack });
});

function htmlErrorPage(err, req, res, _next) {
  const status = err.status || 500;
  res.status(status).send(`<!doctype html><title>${status}</title><h1>${status}</h1><p>${escapeHtml(err.publicMessage || 'Something went wrong')}</p>`);
}

function validationError(err, req, res, next) {
  if (err.name !== 'ValidationError') return next(err);
  // expect: xss
  res.status(422).send(`<ul>${err.details.map((d) => `<li>${d.field}: ${d.value}</li>`).join('')}</ul>`);
}

module.exports = { app, htmlErrorPage, validationError };
