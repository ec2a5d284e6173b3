'use strict';
const express = require('express');
const path = require('path');
const csrf = require('csurf');
const Authentication = require('./Authentication.js');
const { serverInfo } = require('./lib/serverInfo');

module.exports = function (config, options) {
  options = options || {};
  const app = express();
  app.use(express.static(path.join(__dirname, 'public')));

  app.use(function (req, res, next) {
    req.dashboardMountPath = req.baseUrl || '/';
    next();
  });

  const users = config.users;
  const authInstance = new Authentication(users, options.useEncryptedPasswords, req => req.dashboardMountPath);
  authInstance.initialize(app, { cookieSessionSecret: options.cookieSessionSecret });

  app.get('/parse-dashboard-config.json', function (req, res) {
    const response = { apps: config.apps.map(a => ({ appId: a.appId, appName: a.appName, serverURL: a.serverURL })) };
    res.json(response);
  });

  app.post('/apps/:appId/check-server', csrf(), serverInfo(config));

  app.get('/*', function (req, res) {
    const mountPath = req.dashboardMountPath;
    res.send(`<!DOCTYPE html><html><head><base href="${mountPath}"/><title>Parse Dashboard</title></head><body><div id="browser_mount"></div><script src="${mountPath}bundles/dashboard.bundle.js"></script></body></html>`);
  });

  return app;
};
