'use strict';

const express = require('express');
const path = require('path');
const serveIndex = require('serve-index');

const SHARED = path.join(__dirname, '..', 'shared');
const REPORTS = path.join(__dirname, '..', 'reports');

function mountFileBrowser(app) {
  // expect: file-permissions
  app.use('/shared', express.static(SHARED), serveIndex(SHARED, { icons: true }));

  const reportIndex = serveIndex(REPORTS, { view: 'details' });
  app.get('/reports/*', (req, res, next) => {
    // expect: file-permissions
    reportIndex(req, res, next);
  });

  // expect: file-permissions
  app.use(require('serve-index')(path.join(__dirname, '..', 'logs')));
}

function mountStatic(app) {
  app.use('/assets', express.static(path.join(__dirname, '..', 'public'), { index: false }));
  app.use('/downloads', express.static(SHARED, { dotfiles: 'deny' }));
}

module.exports = { mountFileBrowser, mountStatic };
