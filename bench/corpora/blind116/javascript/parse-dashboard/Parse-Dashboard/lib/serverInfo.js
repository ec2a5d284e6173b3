'use strict';
const fetch = require('node-fetch');

module.exports.serverInfo = function (config) {
  return async function (req, res) {
    const app = config.apps.find(a => a.appId === req.params.appId);
    if (!app) return res.status(404).json({ error: 'unknown app' });
    const base = req.body.serverURL || app.serverURL;
    const headers = { 'X-Parse-Application-Id': app.appId, 'X-Parse-Master-Key': app.masterKey };
    if (req.body.useConfigured) {
      const info = await fetch(`${app.serverURL}/serverInfo`, { headers, timeout: 5000 });
      return res.json(await info.json());
    }
    // expect: ssrf
    const info = await fetch(`${base}/serverInfo`, { headers, timeout: 5000 });
    res.json(await info.json());
  };
};
