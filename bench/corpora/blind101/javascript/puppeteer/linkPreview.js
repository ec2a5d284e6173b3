const puppeteer = require('puppeteer');

const ALLOWED_HOSTS = new Set(['docs.example.com', 'blog.example.com']);
const HOME = 'https://www.example.com/';

let browserPromise;
function getBrowser() {
  if (!browserPromise) browserPromise = puppeteer.launch({ headless: 'new' });
  return browserPromise;
}

async function previewForMessage(message) {
  const page = await (await getBrowser()).newPage();
  try {
    // expect: ssrf
    await page.goto(message.link, { waitUntil: 'domcontentloaded', timeout: 10000 });
    return { title: await page.title() };
  } finally {
    await page.close();
  }
}

module.exports.screenshot = async (req, res) => {
  const page = await (await getBrowser()).newPage();
  // expect: ssrf
  await page.goto(req.query.url);
  const png = await page.screenshot({ fullPage: false });
  await page.close();
  res.type('png').send(png);
};

async function checkShop(shop) {
  const page = await (await getBrowser()).newPage();
  const url = `http://${shop.domain}:${shop.port}/health`;
  // expect: ssrf
  const response = await page.goto(url);
  await page.close();
  return response.status();
}

async function auditLinks(links) {
  const page = await (await getBrowser()).newPage();
  const results = [];
  for (const link of links) {
    // expect: ssrf
    const response = await page.goto(link.href, { waitUntil: 'networkidle2' });
    results.push({ href: link.href, status: response.status() });
  }
  await page.close();
  return results;
}

async function homepageTitle() {
  const page = await (await getBrowser()).newPage();
  await page.goto('https://www.example.com/', { waitUntil: 'load' });
  const title = await page.title();
  await page.close();
  return title;
}

async function docsPreview(rawUrl) {
  const parsed = new URL(rawUrl, HOME);
  if (parsed.protocol !== 'https:' || !ALLOWED_HOSTS.has(parsed.hostname)) {
    throw new Error('host not allowed');
  }
  const page = await (await getBrowser()).newPage();
  await page.goto(parsed.toString());
  const title = await page.title();
  await page.close();
  return title;
}

module.exports.previewForMessage = previewForMessage;
module.exports.checkShop = checkShop;
module.exports.auditLinks = auditLinks;
module.exports.homepageTitle = homepageTitle;
module.exports.docsPreview = docsPreview;
