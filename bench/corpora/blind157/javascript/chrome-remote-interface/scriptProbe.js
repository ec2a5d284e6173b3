'use strict';

const CDP = require('chrome-remote-interface');
const log = require('../lib/log');

const PROBES = {
  title: 'document.title',
  links: 'document.querySelectorAll("a").length',
  lang: 'document.documentElement.lang',
};

async function withClient(fn) {
  const client = await CDP({ port: Number(process.env.CHROME_PORT || 9222) });
  try {
    await client.Runtime.enable();
    return await fn(client);
  } finally {
    await client.close();
  }
}

// Checks a customer-supplied expression compiles before the monitor stores it.
async function validateExpression(job) {
  return withClient(async ({ Runtime }) => {
    // expect: ssrf
    const { exceptionDetails } = await Runtime.compileScript({ expression: job.expression, sourceURL: 'probe.js', persistScript: false });
    return !exceptionDetails;
  });
}

async function compileFromRequest(req) {
  return withClient(async (client) => {
    // expect: ssrf
    return client.Runtime.compileScript({ expression: req.body.script, sourceURL: 'user.js', persistScript: true });
  });
}

async function compileWatch(selector) {
  const expression = `document.querySelector(${JSON.stringify(selector)}) !== null || (${selector})`;
  return withClient(async ({ Runtime }) => {
    // expect: ssrf
    return Runtime.compileScript({ expression, sourceURL: 'watch.js', persistScript: false });
  });
}

async function compileBuiltIn(name) {
  const expression = PROBES[name];
  if (!expression) throw new Error('unknown probe ' + name);
  return withClient(async ({ Runtime }) => Runtime.evaluate({ expression, returnByValue: true }));
}

async function selfTest() {
  return withClient(async ({ Runtime }) => {
    const res = await Runtime.compileScript({ expression: "1 + 1", sourceURL: 'selftest.js', persistScript: false });
    log.info('compileScript self-test', res.scriptId ? 'ok' : 'no script id');
    return res;
  });
}

module.exports = { validateExpression, compileFromRequest, compileWatch, compileBuiltIn, selfTest };
