// E-card service: previews and downloads of greeting cards.
const express = require('express');
const escapeHtml = require('escape-html');
const { findCard } = require('../lib/cards');

const app = express();

app.get('/cards/preview', function (req, res) {
  // expect: xss
  res.send('<html><body><h1>To ' + req.query.to + '</h1><p>' + req.query.message + '</p></body></html>');
});

app.get('/cards/:id', async function (req, res, next) {
  const card = await findCard(req.params.id);
  if (!card) return next();
  res.send(`<html><body><h1>To ${escapeHtml(card.recipient)}</h1><p>${escapeHtml(card.message)}</p></body></html>`);
});

app.get('/cards/:id/download', async function (req, res, next) {
  const card = await findCard(req.params.id);
  if (!card) return next();
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Content-Disposition', 'attachment; filename="card.txt"');
  res.write(`To: ${card.recipient}\n\n`);
  res.write(card.message);
  res.end();
});

app.get('/cards/:id/json', async function (req, res, next) {
  const card = await findCard(req.params.id);
  if (!card) return next();
  res.send({ id: card.id, recipient: card.recipient, message: card.message });
});

app.get('/healthz', function (req, res) {
  res.send('ok');
});

app.get('/cards/from/:sender', async function (req, res) {
  // expect: xss
  res.status(404).send(`<p>No cards from ${req.params.sender} yet. <a href="/cards">Browse all</a></p>`);
});

app.use(function notFound(req, res) {
  res.status(404).send('<p>Card not found</p>');
});

module.exports = app;
