/**
 * Node server for Dashy: serves the built app and a few endpoints
 * (status checks, config saving, rebuild, CORS proxy)
 */
const express = require('express');
const basicAuth = require('express-basic-auth');
const path = require('path');
const util = require('util');
const bodyParser = require('body-parser');

const statusCheck = require('./services/status-check');
const saveConfig = require('./services/save-config');
const rebuild = require('./services/rebuild-app');
const corsProxy = require('./services/cors-proxy');
const systemInfo = require('./services/system-info');
const ENDPOINTS = require('./src/utils/defaults').serviceEndpoints;

const port = process.env.PORT || 4000;
const method = (m, mw) => (req, res, next) => (req.method === m ? mw(req, res, next) : next());

const app = express()
  .use(express.static(path.join(__dirname, 'dist')))
  .use(bodyParser.json())
  .use(ENDPOINTS.statusCheck, (req, res) => {
    try {
      statusCheck(req.url, async (results) => {
        await res.end(results);
      });
    } catch (e) {
      res.end(JSON.stringify({ successStatus: false, message: '❌ Status check failed badly' }));
    }
  })
  .use(ENDPOINTS.save, method('POST', (req, res) => {
    saveConfig(req.body, (results) => { res.end(results); })
      .catch((e) => res.end(JSON.stringify({ success: false, message: String(e) })));
  }))
  .use(ENDPOINTS.rebuild, (req, res) => {
    rebuild(req.query).then((response) => res.end(JSON.stringify(response)))
      .catch((response) => res.end(JSON.stringify(response)));
  })
  .use(ENDPOINTS.corsProxy, method('GET', (req, res) => corsProxy(req, res)))
  .use(ENDPOINTS.systemInfo, method('GET', (req, res) => res.end(JSON.stringify(systemInfo()))));

app.listen(port, () => util.log(`Dashy listening on ${port}`));
