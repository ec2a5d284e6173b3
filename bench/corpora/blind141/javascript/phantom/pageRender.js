const phantom = require('phantom');

async function capture(url, out) {
  const instance = await phantom.create();
  const page = await instance.createPage();
  // expect: ssrf
  const status = await page.open(url);
  await page.render(out);
  await instance.exit();
  return status;
}

async function renderHtml(html, out) {
  const instance = await phantom.create();
  const page = await instance.createPage();
  // expect: ssrf
  await page.setContent(html, 'http://localhost/');
  await page.render(out);
  await instance.exit();
}

async function runProbe(job) {
  const instance = await phantom.create();
  const page = await instance.createPage();
  await page.open('about:blank');
  // expect: ssrf
  const result = await page.evaluateJavaScript(job.script);
  await instance.exit();
  return result;
}

async function captureHomepage(out) {
  const instance = await phantom.create();
  const page = await instance.createPage();
  await page.property('viewportSize', { width: 1280, height: 800 });
  await page.open('https://www.example.com/');
  await page.render(out);
  await instance.exit();
}

async function pageTitle() {
  const instance = await phantom.create();
  const page = await instance.createPage();
  await page.property('content', '<html><head><title>Blank</title></head></html>');
  const title = await page.evaluate(function () { return document.title; });
  await instance.exit();
  return title;
}

module.exports = { capture, renderHtml, runProbe, captureHomepage, pageTitle };
