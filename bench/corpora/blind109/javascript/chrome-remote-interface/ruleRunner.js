'use strict';

const CDP = require('chrome-remote-interface');

var PROBE = "document.readyState";

async function withClient(fn) {
  const client = await CDP({ port: 9222 });
  try {
    const { Runtime, Page } = client;
    await Promise.all([Runtime.enable(), Page.enable()]);
    return await fn(client);
  } finally {
    await client.close();
  }
}

async function compileUserCheck(checkSource) {
  return withClient(async ({ Runtime }) => {
    // expect: code-injection
    const { scriptId, exceptionDetails } = await Runtime.compileScript({ expression: checkSource, sourceURL: 'check.js', persistScript: true });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return Runtime.runScript({ scriptId, returnByValue: true });
  });
}

async function evaluateRule(rule) {
  return withClient(async (client) => {
    const expression = `(() => { return ${rule.condition}; })()`;
    // expect: code-injection
    const compiled = await client.Runtime.compileScript({ expression, sourceURL: `rule-${rule.id}.js`, persistScript: true });
    return client.Runtime.runScript({ scriptId: compiled.scriptId, returnByValue: true });
  });
}

async function lintSnippet(job) {
  return withClient(async ({ Runtime }) => {
    // expect: code-injection
    const res = await Runtime.compileScript({ expression: job.payload.snippet, sourceURL: '', persistScript: false });
    return { ok: !res.exceptionDetails };
  });
}

async function pageReady() {
  return withClient(async ({ Runtime }) => {
    const { scriptId } = await Runtime.compileScript({ expression: 'document.readyState === "complete"', sourceURL: 'ready.js', persistScript: true });
    return Runtime.runScript({ scriptId, returnByValue: true });
  });
}

async function probe() {
  return withClient(async ({ Runtime }) => {
    const res = await Runtime.compileScript({ expression: PROBE, sourceURL: 'probe.js', persistScript: false });
    return !res.exceptionDetails;
  });
}

module.exports = { compileUserCheck, evaluateRule, lintSnippet, pageReady, probe };
