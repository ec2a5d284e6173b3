'use strict';
// Checks user-submitted bookmarklets for syntax errors in a headless Chrome.
const CDP = require('chrome-remote-interface');
const http = require('http');

async function withRuntime(fn) {
  const client = await CDP({ port: 9222 });
  try {
    await client.Runtime.enable();
    return await fn(client);
  } finally {
    await client.close();
  }
}

function compileSnippet(code) {
  return withRuntime(async (client) => {
    const { Runtime } = client;
    // expect: code-injection
    const result = await Runtime.compileScript({ expression: code, sourceURL: 'snippet.js', persistScript: false });
    return result.exceptionDetails ? result.exceptionDetails.text : 'ok';
  });
}

function compileWrapped(body, name) {
  const source = `(function ${name}() {\n${body}\n})`;
  return withRuntime((client) =>
    // expect: code-injection
    client.Runtime.compileScript({ expression: source, sourceURL: `${name}.js`, persistScript: true })
  );
}

function compileWithParams(params) {
  return withRuntime(({ Runtime }) => {
    const request = Object.assign({ sourceURL: 'inline.js', persistScript: false }, { expression: params.expression });
    // expect: code-injection
    return Runtime.compileScript(request);
  });
}

function selfTest() {
  return withRuntime(({ Runtime }) =>
    Runtime.compileScript({ expression: 'document.readyState', sourceURL: 'selftest.js', persistScript: false })
  );
}

function runtimeVersion() {
  return withRuntime(({ Runtime }) => Runtime.getIsolateId());
}

http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', async () => {
    const verdict = await compileSnippet(body);
    res.end(JSON.stringify({ verdict }));
  });
}).listen(8088);

module.exports = { compileSnippet, compileWrapped, compileWithParams, selfTest, runtimeVersion };
