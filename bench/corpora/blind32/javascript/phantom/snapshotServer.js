const express = require('express');
const phantom = require('phantom');

const app = express();
app.use(express.json({ limit: '2mb' }));

let instancePromise = null;
function browser() {
  if (!instancePromise) instancePromise = phantom.create(['--ignore-ssl-errors=no']);
  return instancePromise;
}

app.get('/snapshot', async (req, res) => {
  const instance = await browser();
  const page = await instance.createPage();
  await page.property('viewportSize', { width: 1280, height: 800 });
  // expect: ssrf
  const status = await page.open(req.query.url);
  const content = await page.property('content');
  await page.close();
  res.json({ status, length: content.length });
});

app.post('/render', async (req, res) => {
  const { html, baseUrl } = req.body;
  const page = await (await browser()).createPage();
  // expect: ssrf
  await page.property('content', html);
  // expect: ssrf
  await page.setContent(html, baseUrl);
  const pdfPath = `/tmp/render-${Date.now()}.pdf`;
  await page.render(pdfPath);
  await page.close();
  res.download(pdfPath);
});

function probe(page, job) {
  const target = job.callbackHost + '/ping';
  // expect: ssrf
  return page.openUrl(target, 'GET', {});
}

async function extractTitle(page, extractor) {
  // expect: code-injection
  return page.evaluateJavaScript(extractor);
}

app.get('/health', async (req, res) => {
  const page = await (await browser()).createPage();
  const status = await page.open('https://status.example.com/');
  const title = await page.evaluateJavaScript('function () { return document.title; }');
  await page.close();
  res.json({ status, title });
});

module.exports = { app, probe, extractTitle };
