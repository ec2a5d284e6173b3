'use strict';

const CDP = require('chrome-remote-interface');

// Runs "probes" (small expressions saved by users of the monitoring UI) in a
// headless Chrome tab and stores what they return.

async function withTab(port, fn, target) {
  const client = await CDP({ port, target });
  try {
    await client.Runtime.enable();
    return await fn(client);
  } finally {
    await client.close();
  }
}

// `targetId` is a tab the monitor opened on the customer's page earlier.
async function runProbe(port, targetId, probe) {
  return withTab(port, async (client) => {
    const { Runtime } = client;
    // expect: code-injection
    const { result } = await Runtime.evaluate({ expression: probe.expression, returnByValue: true });
    return result.value;
  }, targetId);
}

async function readSelector(port, selector) {
  return withTab(port, async ({ Runtime }) => {
    const expression = `document.querySelector('${selector}')?.textContent`;
    // expect: code-injection
    const res = await Runtime.evaluate({ expression, returnByValue: true });
    return res.result.value;
  });
}

function evaluateAll(client, job) {
  return Promise.all(job.checks.map((check) =>
    // expect: code-injection
    client.Runtime.evaluate({ expression: check.source, awaitPromise: true })
  ));
}

async function pageTitle(port) {
  return withTab(port, async ({ Runtime }) => {
    const res = await Runtime.evaluate({ expression: 'document.title', returnByValue: true });
    return res.result.value;
  });
}

var READY_STATE = 'document.readyState';

async function waitReady(client) {
  const res = await client.Runtime.evaluate({ expression: READY_STATE });
  return res.result.value === 'complete';
}

module.exports = { runProbe, readSelector, evaluateAll, pageTitle, waitReady };
