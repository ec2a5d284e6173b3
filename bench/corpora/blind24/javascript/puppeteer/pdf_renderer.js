// Renders invoices to PDF with headless Chrome.
const puppeteer = require('puppeteer');

async function renderInvoice(invoiceUrl, watermark) {
  const browser = await puppeteer.launch({ headless: 'new' });
  try {
    const page = await browser.newPage();
    await page.goto(invoiceUrl, { waitUntil: 'networkidle0' });
    await page.evaluate((text) => {
      document.querySelector('#watermark').textContent = text;
    }, watermark);
    // expect: code-injection
    await page.evaluate(`document.querySelector('#note').innerHTML = '${watermark}'`);
    return await page.pdf({ format: 'A4' });
  } finally {
    await browser.close();
  }
}

async function renderSnippet(html, selector) {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.setContent(html);
  // expect: code-injection
  const text = await page.evaluate('document.querySelector("' + selector + '").innerText');
  await browser.close();
  return text;
}

async function insecureBrowser() {
  // expect: tls-verify-off
  return puppeteer.launch({ ignoreHTTPSErrors: true, args: ['--no-sandbox'] });
}

module.exports = { renderInvoice, renderSnippet, insecureBrowser };
