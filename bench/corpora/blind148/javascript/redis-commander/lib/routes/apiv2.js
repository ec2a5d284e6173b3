'use strict';

const express = require('express');
const middlewares = require('../express/middlewares');
const exporter = require('../util/exporter');

module.exports = function (app) {
  const router = express.Router({ mergeParams: true });

  router.get('/:connectionId/keys/:key(*)', middlewares.getConnection, getKeyDetails);
  router.post('/:connectionId/export', middlewares.getConnection, middlewares.checkReadOnlyMode, exportKeys);
  router.get('/:connectionId/export/:file', middlewares.getConnection, downloadExport);
  router.get('/:connectionId/export-latest', middlewares.getConnection, downloadLatestExport);

  function getKeyDetails (req, res) {
    const key = req.params.key;
    const conn = res.locals.connection;
    conn.type(key, function (err, type) {
      if (err) return res.status(500).json({ ok: false, message: err.message });
      console.log('key details requested', { connection: res.locals.connectionLabel, type: type });
      res.json({ ok: true, key: key, type: type });
    });
  }

  function exportKeys (req, res) {
    const { pattern = '*', format = 'redis', dbIndex = 0 } = req.body;
    exporter.exportKeys(res.locals.connection.options, { pattern, format, dbIndex }, function (err, file) {
      if (err) return res.status(500).json({ ok: false, message: 'export failed' });
      res.json({ ok: true, file: file });
    });
  }

  function downloadExport (req, res) {
    res.download(exporter.exportPath(req.params.file));
  }

  function downloadLatestExport (req, res) {
    res.download(exporter.latestExportPath(res.locals.connection.options.connectionId));
  }

  return router;
};
