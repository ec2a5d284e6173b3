'use strict';

// Renders invoices to PDF through a headless Chrome started by the ops team.
const CDP = require('chrome-remote-interface');
const escapeHtml = require('escape-html');

const CHROME_PORT = Number(process.env.CHROME_PORT || 9222);

async function withPage(fn) {
  const client = await CDP({ port: CHROME_PORT });
  const { Page } = client;
  try {
    await Page.enable();
    return await fn(Page);
  } finally {
    await client.close();
  }
}

async function renderInvoice(req) {
  return withPage(async (Page) => {
    await Page.navigate({ url: `http://127.0.0.1:8080/invoices/${Number(req.params.id)}` });
    await Page.loadEventFired();
    // expect: ssrf
    const { data } = await Page.printToPDF({ headerTemplate: req.body.letterhead, displayHeaderFooter: true });
    return Buffer.from(data, 'base64');
  });
}

async function renderStatement(customer) {
  const footer = `<div style="font-size:8px">${customer.companyName} - page <span class="pageNumber"></span></div>`;
  return withPage(async (Page) => {
    await Page.navigate({ url: 'http://127.0.0.1:8080/statements/current' });
    await Page.loadEventFired();
    // expect: ssrf
    const pdf = await Page.printToPDF({ footerTemplate: footer, displayHeaderFooter: true });
    return Buffer.from(pdf.data, 'base64');
  });
}

class BrandedPrinter {
  constructor(page, brand) {
    this.page = page;
    this.brand = brand;
  }

  print() {
    return this.page.printToPDF({
      displayHeaderFooter: true,
      // expect: ssrf
      headerTemplate: '<div class="brand">' + this.brand.headerHtml + '</div>',
      printBackground: true,
    });
  }
}

async function renderQuote(Page, quote) {
  const options = { displayHeaderFooter: true, printBackground: true };
  // expect: ssrf
  options.footerTemplate = quote.customFooter;
  return Page.printToPDF(options);
}

// Safe look-alikes: constant templates, and a value escaped before it goes in.
async function renderPlain(Page) {
  return Page.printToPDF({
    displayHeaderFooter: true,
    headerTemplate: '<div></div>',
    footerTemplate: '<div style="font-size:8px"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
  });
}

async function renderTitled(Page, title) {
  const header = '<div style="font-size:8px">' + escapeHtml(title) + '</div>';
  return Page.printToPDF({ displayHeaderFooter: true, headerTemplate: header });
}

module.exports = { renderInvoice, renderStatement, BrandedPrinter, renderQuote, renderPlain, renderTitled };
