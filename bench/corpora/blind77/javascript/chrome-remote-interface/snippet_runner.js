'use strict';

const CDP = require('chrome-remote-interface');

const PORT = Number(process.env.CHROME_PORT || 9222);

// Runs "page checks" that customers configure in the dashboard against their own site.
async function compileCheck(client, check) {
  const { Runtime } = client;
  await Runtime.enable();
  const { scriptId, exceptionDetails } = await Runtime.compileScript({
    // expect: code-injection
    expression: check.source,
    sourceURL: `check-${check.id}.js`,
    persistScript: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return Runtime.runScript({ scriptId, returnByValue: true });
}

async function compileAssertion(client, selector, predicate) {
  const wrapped = '(() => { const el = document.querySelector(' + JSON.stringify(selector) + '); return ' + predicate + '; })()';
  // expect: code-injection
  return client.Runtime.compileScript({ expression: wrapped, sourceURL: 'assert.js', persistScript: false });
}

class Session {
  constructor(client) {
    this.runtime = client.Runtime;
  }

  async prepare(userSnippet, contextId) {
    // expect: code-injection
    const res = await this.runtime.compileScript({ expression: `(async () => { ${userSnippet} })()`, sourceURL: 'snippet.js', persistScript: true, executionContextId: contextId });
    return res.scriptId;
  }
}

async function runJob(job) {
  const client = await CDP({ port: PORT });
  try {
    await client.Page.navigate({ url: job.siteUrl });
    await client.Page.loadEventFired();
    const result = await compileCheck(client, job.check);
    const session = new Session(client);
    const id = await session.prepare(job.snippet);
    await compileAssertion(client, job.selector, job.predicate);
    return { result, id, probe: await syntaxProbe(client) };
  } finally {
    await client.close();
  }
}

// Safe look-alikes: fixed expressions we ship.
var READY_PROBE = "document.readyState === 'complete'";

async function syntaxProbe(client) {
  await client.Runtime.compileScript({ expression: 'navigator.userAgent', sourceURL: 'ua.js', persistScript: false });
  return client.Runtime.compileScript({ expression: READY_PROBE, sourceURL: 'ready.js', persistScript: false });
}

module.exports = { runJob, syntaxProbe };
