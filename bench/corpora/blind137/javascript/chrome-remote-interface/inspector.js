const CDP = require('chrome-remote-interface');

var PROBE = "navigator.userAgent";
const CLICK_FN = 'function () { this.click(); }';

async function withClient(fn) {
  const client = await CDP({ port: Number(process.env.CHROME_PORT || 9222) });
  try {
    await client.Runtime.enable();
    return await fn(client);
  } finally {
    await client.close();
  }
}

// `inspector eval "<expression>"` from the support CLI.
async function evalExpression(script) {
  return withClient(async ({ Runtime }) => {
    // expect: ssrf
    const { result } = await Runtime.evaluate({ expression: script });
    return result.value;
  });
}

async function clickSelector(selector) {
  return withClient(async ({ Runtime }) => {
    // expect: ssrf
    await Runtime.evaluate({ expression: `document.querySelector('${selector}').click()` });
  });
}

async function runSnippet(code) {
  return withClient(async ({ Runtime }) => {
    // expect: ssrf
    const { result } = await Runtime.evaluate({ expression: code, awaitPromise: true, returnByValue: true });
    return result.value;
  });
}

async function userAgent() {
  return withClient(async ({ Runtime }) => {
    const { result } = await Runtime.evaluate({ expression: PROBE });
    return result.value;
  });
}

async function pageTitle() {
  return withClient(async ({ Runtime }) => {
    const { result } = await Runtime.evaluate({ expression: 'document.title', returnByValue: true });
    return result.value;
  });
}

async function clickSafely(selector) {
  return withClient(async ({ Runtime, DOM }) => {
    const { root } = await DOM.getDocument();
    const { nodeId } = await DOM.querySelector({ nodeId: root.nodeId, selector });
    const { object } = await DOM.resolveNode({ nodeId });
    await Runtime.callFunctionOn({ objectId: object.objectId, functionDeclaration: CLICK_FN });
  });
}

module.exports = { evalExpression, clickSelector, runSnippet, userAgent, pageTitle, clickSafely };

if (require.main === module) {
  evalExpression(process.argv[2]).then((v) => console.log(v));
}
