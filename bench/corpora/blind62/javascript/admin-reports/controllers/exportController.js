'use strict';

const path = require('path');
const fs = require('fs');
const config = require('../config');
const { getParam } = require('../utils/request');
const exportService = require('../services/exportService');

async function exportCsv(req, res, next) {
  try {
    const { reportId, filename = 'report.csv', delimiter } = req.body;
    const file = await exportService.writeCsv(reportId, filename, delimiter || ',');
    res.json({ file: path.basename(file) });
  } catch (err) {
    next(err);
  }
}

async function exportPdf(req, res, next) {
  try {
    const title = getParam(req, 'title', 'Sales report');
    const orientation = req.body.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    const pageSize = req.body.pageSize;
    const out = await exportService.renderPdf({
      title,
      orientation,
      pageSize,
      region: res.locals.region,
    });
    res.json({ file: path.basename(out) });
  } catch (err) {
    next(err);
  }
}

function download(req, res) {
  const file = req.params.file;
  const full = path.join(config.exportDir, file);
  // expect: path-traversal
  res.download(full);
}

function downloadSafe(req, res) {
  const root = path.resolve(config.exportDir);
  const full = path.resolve(root, req.params.file);
  if (!full.startsWith(root + path.sep)) {
    return res.status(400).json({ error: 'bad file' });
  }
  if (!fs.existsSync(full)) {
    return res.status(404).end();
  }
  res.download(full);
}

module.exports = { exportCsv, exportPdf, download, downloadSafe };
