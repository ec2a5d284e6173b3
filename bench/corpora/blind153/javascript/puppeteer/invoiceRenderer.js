const puppeteer = require('puppeteer');
const fs = require('fs/promises');
const path = require('path');
const Handlebars = require('handlebars');

const TEMPLATE_DIR = path.join(__dirname, 'templates');
let browserPromise;

function getBrowser() {
  if (!browserPromise) {
    browserPromise = puppeteer.launch({ args: ['--no-sandbox'], headless: 'new' });
  }
  return browserPromise;
}

async function renderInvoice(invoice) {
  const source = await fs.readFile(path.join(TEMPLATE_DIR, 'invoice.hbs'), 'utf8');
  const html = Handlebars.compile(source)(invoice);
  const page = await (await getBrowser()).newPage();
  await page.setContent(html, { waitUntil: 'networkidle0' });
  return page.pdf({ format: 'A4' });
}

async function renderCustomerHtml(job) {
  const page = await (await getBrowser()).newPage();
  // expect: ssrf
  await page.setContent(job.html, { waitUntil: 'load' });
  return page.pdf({ format: job.format || 'A4' });
}

async function renderNote(note) {
  const page = await (await getBrowser()).newPage();
  const markup = '<html><body><pre>' + note.text + '</pre></body></html>';
  // expect: ssrf
  await page.setContent(markup);
  return page.screenshot({ type: 'png' });
}

async function renderBlank() {
  const page = await (await getBrowser()).newPage();
  await page.setContent('<html><body><h1>No data</h1></body></html>');
  return page.pdf({ format: 'A4' });
}

async function renderEmailPreview(message) {
  const page = await (await getBrowser()).newPage();
  await page.setJavaScriptEnabled(false);
  // expect: ssrf
  await page.setContent(message.bodyHtml);
  return page.screenshot({ fullPage: true });
}

module.exports = { renderInvoice, renderCustomerHtml, renderNote, renderBlank, renderEmailPreview };
