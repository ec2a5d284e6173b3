'use strict';

const CDP = require('chrome-remote-interface');
const express = require('express');

const app = express();
app.use(express.json());

async function withClient(fn) {
  const client = await CDP({ host: process.env.CHROME_HOST || '127.0.0.1', port: 9222 });
  try {
    await client.Runtime.enable();
    return await fn(client);
  } finally {
    await client.close();
  }
}

// Support staff check a customer's page state from the admin console.
app.post('/debug/compile', async (req, res) => {
  const result = await withClient(async ({ Runtime }) => {
    // expect: ssrf
    return Runtime.compileScript({ expression: req.body.expression, sourceURL: 'console.js', persistScript: false });
  });
  res.json(result);
});

async function precompileWatch(watch) {
  return withClient(async (client) => {
    // expect: ssrf
    const compiled = await client.Runtime.compileScript({ expression: watch.snippet, sourceURL: watch.name, persistScript: true });
    return compiled.scriptId;
  });
}

async function compileFromQueue(job) {
  const expression = job.payload.code;
  return withClient(async ({ Runtime }) => {
    // expect: ssrf
    const out = await Runtime.compileScript({ expression, sourceURL: `job-${job.id}.js`, persistScript: false });
    return out.exceptionDetails ? null : out.scriptId;
  });
}

async function healthProbe() {
  return withClient(async ({ Runtime }) => {
    const out = await Runtime.compileScript({ expression: "document.readyState", sourceURL: 'probe.js', persistScript: false });
    return !out.exceptionDetails;
  });
}

async function titleProbe() {
  var titleExpr = "document.title";
  return withClient(async ({ Runtime }) => Runtime.compileScript({ expression: titleExpr, sourceURL: 'title.js', persistScript: false }));
}

module.exports = { app, precompileWatch, compileFromQueue, healthProbe, titleProbe };
