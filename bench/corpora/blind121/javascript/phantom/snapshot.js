const phantom = require('phantom');

async function withPage(fn) {
  const instance = await phantom.create(['--ignore-ssl-errors=no']);
  try {
    const page = await instance.createPage();
    await page.property('viewportSize', { width: 1280, height: 800 });
    return await fn(page);
  } finally {
    await instance.exit();
  }
}

async function screenshotUrl(url, outFile) {
  return withPage(async (page) => {
    // expect: ssrf
    const status = await page.open(url);
    if (status !== 'success') throw new Error(`could not open ${url}`);
    await page.render(outFile);
    return outFile;
  });
}

async function renderHtml(html, outFile) {
  return withPage(async (page) => {
    // expect: ssrf
    await page.property('content', html);
    await page.render(outFile, { format: 'pdf' });
  });
}

async function renderWithBase(body, baseUrl) {
  return withPage(async (page) => {
    // expect: ssrf
    await page.setContent(body, baseUrl);
    return page.property('plainText');
  });
}

async function postAndCapture(target, formBody) {
  return withPage(async (page) => {
    // expect: ssrf
    await page.openUrl(target, { operation: 'POST', data: formBody }, {});
    return page.property('content');
  });
}

async function healthCheck() {
  return withPage(async (page) => {
    const status = await page.open('https://status.example.com/ping');
    const title = await page.evaluateJavaScript('function() { return document.title; }');
    return { status, title };
  });
}

module.exports = { screenshotUrl, renderHtml, renderWithBase, postAndCapture, healthCheck };
