const CDP = require('chrome-remote-interface');

async function readField(selector) {
  const client = await CDP();
  const { Page, Runtime } = client;
  try {
    await Page.enable();
    await Page.navigate({ url: 'https://reports.example.com/' });
    await Page.loadEventFired();
    // expect: code-injection
    const { result } = await Runtime.evaluate({ expression: `document.querySelector('${selector}').innerText` });
    return result.value;
  } finally {
    await client.close();
  }
}

async function runScript(job) {
  const client = await CDP({ port: 9222 });
  const expr = job.script;
  // expect: code-injection
  const out = await client.Runtime.evaluate({ expression: expr, awaitPromise: true });
  await client.close();
  return out.result.value;
}

async function counter(name) {
  const client = await CDP();
  // expect: code-injection
  const out = await client.Runtime.evaluate({
    expression: "window.__counters['" + name + "']",
    returnByValue: true,
  });
  await client.close();
  return out.result.value;
}

async function measure(metricName) {
  const client = await CDP();
  const out = await client.Runtime.evaluate({
    expression: 'performance.getEntriesByName(' + JSON.stringify(String(metricName)) + ')[0].duration',
    returnByValue: true,
  });
  await client.close();
  return out.result.value;
}

async function pageTitle() {
  const client = await CDP();
  const out = await client.Runtime.evaluate({ expression: 'document.title' });
  await client.close();
  return out.result.value;
}

async function readFieldSafe(selector) {
  const client = await CDP();
  const { Runtime } = client;
  const fn = await Runtime.evaluate({ expression: '(sel) => document.querySelector(sel)?.innerText' });
  const out = await Runtime.callFunctionOn({
    objectId: fn.result.objectId,
    functionDeclaration: 'function (sel) { return this(sel); }',
    arguments: [{ value: selector }],
    returnByValue: true,
  });
  await client.close();
  return out.result.value;
}

module.exports = { readField, runScript, counter, measure, pageTitle, readFieldSafe };
