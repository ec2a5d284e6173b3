const express = require('express');
const bodyParser = require('body-parser');
const config = require('../config');
const storage = require('../storage');
const pages = require('./pages');
const fxa = require('./fxa');
const { logDownload } = require('../log');

const ID_REGEX = '([0-9a-fA-F]{10,16})';

module.exports = function (app) {
  app.use(bodyParser.json());

  app.get(`/download/:id${ID_REGEX}`, pages.download);
  app.get('/error', pages.error);
  app.get('/api/fxa/oauth', fxa.oauth);
  app.get('/api/fxa/login', fxa.login);

  app.get(`/api/metadata/:id${ID_REGEX}`, async (req, res) => {
    const meta = await storage.metadata(req.params.id);
    res.json({ metadata: meta.metadata, ttl: meta.ttl });
  });

  app.get('/api/download/blob/:id', async (req, res) => {
    const id = req.params.id;
    const { length, stream } = await storage.get(id);
    logDownload(id, req.get('user-agent') || 'unknown');
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': length });
    stream.pipe(res);
  });

  app.get(`/api/download/:id${ID_REGEX}`, async (req, res) => {
    const { length, stream } = await storage.getChecked(req.params.id);
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': length });
    stream.pipe(res);
  });

  app.get('/__version__', (req, res) => res.sendFile(require.resolve('../../dist/version.json')));
  return config;
};
