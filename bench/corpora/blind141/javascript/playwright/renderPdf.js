const { chromium } = require('playwright');
const fs = require('fs');

async function renderInvoice(browser, invoice) {
  const page = await browser.newPage();
  // expect: ssrf
  await page.setContent(`<h1>Invoice ${invoice.number}</h1><div>${invoice.notesHtml}</div>`);
  return page.pdf({ format: 'A4' });
}

async function renderEmailPreview(browser, req) {
  const page = await browser.newPage();
  // expect: ssrf
  await page.setContent(req.body.html, { waitUntil: 'networkidle' });
  return page.screenshot({ fullPage: true });
}

async function renderTemplate(browser, templatePath, data) {
  const html = fs.readFileSync(templatePath, 'utf8').replace('{{customer}}', data.customerName);
  const page = await browser.newPage();
  // expect: ssrf
  await page.setContent(html);
  return page.pdf();
}

async function renderBlank(browser) {
  const page = await browser.newPage();
  await page.setContent('<html><body><p>No data</p></body></html>');
  return page.pdf();
}

async function main() {
  const browser = await chromium.launch();
  await renderBlank(browser);
  await browser.close();
}

module.exports = { renderInvoice, renderEmailPreview, renderTemplate, renderBlank, main };
