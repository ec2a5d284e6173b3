'use strict';

// Accessibility audit runner: connects to a headless Chrome over the DevTools
// protocol, loads a customer's page and runs checks. Customers may add their
// own "custom checks" in the dashboard; they are stored with the audit job.

const CDP = require('chrome-remote-interface');

const CONTRAST_CHECK = '(' + function () {
  return Array.from(document.querySelectorAll('p, a, span')).length;
}.toString() + ')()';

async function withClient(fn) {
  const client = await CDP({ host: '127.0.0.1', port: 9222 });
  try {
    return await fn(client);
  } finally {
    await client.close();
  }
}

async function compileBuiltins(Runtime) {
  const { scriptId } = await Runtime.compileScript({
    expression: CONTRAST_CHECK,
    sourceURL: 'builtin-contrast.js',
    persistScript: true,
  });
  return scriptId;
}

async function runCustomCheck(Runtime, check) {
  // check.source is whatever the customer typed in the dashboard editor
  // expect: code-injection
  const { scriptId, exceptionDetails } = await Runtime.compileScript({ expression: check.source, sourceURL: `custom-${check.id}.js`, persistScript: true });
  if (exceptionDetails) {
    return { id: check.id, error: exceptionDetails.text };
  }
  const { result } = await Runtime.runScript({ scriptId, returnByValue: true });
  return { id: check.id, value: result.value };
}

async function auditPage(job) {
  return withClient(async ({ Page, Runtime }) => {
    await Promise.all([Page.enable(), Runtime.enable()]);
    await Page.navigate({ url: job.pageUrl });
    await Page.loadEventFired();
    const builtinId = await compileBuiltins(Runtime);
    const builtin = await Runtime.runScript({ scriptId: builtinId, returnByValue: true });
    const ping = await Runtime.compileScript({ expression: '1 + 1', sourceURL: 'ping.js', persistScript: false });
    const custom = [];
    for (const check of job.customChecks || []) {
      custom.push(await runCustomCheck(Runtime, check));
    }
    return { textNodes: builtin.result.value, ping: !ping.exceptionDetails, custom };
  });
}

module.exports = { auditPage };
