'use strict';

const puppeteer = require('puppeteer');
const Handlebars = require('handlebars');
const fs = require('fs/promises');

var BLANK = '<!doctype html><html><body></body></html>';
const receiptTemplate = Handlebars.compile('<h1>Receipt {{number}}</h1><p>{{customer}}</p>');

class Renderer {
  async init() {
    this.browser = await puppeteer.launch({ headless: 'new' });
  }

  async fromHtml(html) {
    const page = await this.browser.newPage();
    // expect: ssrf
    await page.setContent(html, { waitUntil: 'networkidle0' });
    const pdf = await page.pdf({ format: 'A4' });
    await page.close();
    return pdf;
  }

  async receipt(order) {
    const page = await this.browser.newPage();
    // Safe: the data goes through an escaping template.
    await page.setContent(receiptTemplate({ number: order.number, customer: order.customer }));
    return page.pdf({ format: 'A5' });
  }

  async warmUp() {
    const page = await this.browser.newPage();
    // Safe: a constant document.
    await page.setContent(BLANK);
    await page.close();
  }
}

async function renderRequest(req, res) {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  const body = req.body.html;
  // expect: ssrf
  await page.setContent('<html><head><base href="' + req.body.base + '"></head><body>' + body + '</body></html>');
  res.type('application/pdf');
  res.end(await page.pdf());
  await browser.close();
}

async function renderTemplateFile(file, vars) {
  const browser = await puppeteer.launch();
  const [page] = await browser.pages();
  let source = await fs.readFile(file, 'utf8');
  for (const [k, v] of Object.entries(vars)) source = source.split(`{{${k}}}`).join(v);
  // expect: ssrf
  await page.setContent(source);
  const shot = await page.screenshot({ fullPage: true });
  await browser.close();
  return shot;
}

async function previewEmail(message) {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.setViewport({ width: 600, height: 800 });
  // expect: ssrf
  await page.setContent(`<div class="mail">${message.htmlBody}</div>`, { timeout: 10000 });
  return page.screenshot();
}

module.exports = { Renderer, renderRequest, renderTemplateFile, previewEmail };
