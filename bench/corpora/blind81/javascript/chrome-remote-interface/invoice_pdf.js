'use strict';

const CDP = require('chrome-remote-interface');
const fs = require('fs/promises');

const FOOTER = '<div style="font-size:8px;width:100%;text-align:center"><span class="pageNumber"></span></div>';

async function renderInvoice(invoice, options = {}) {
  const client = await CDP({ port: 9222 });
  const { Page } = client;
  await Page.enable();
  await Page.navigate({ url: `file://${invoice.htmlPath}` });
  await Page.loadEventFired();

  const { data } = await Page.printToPDF({
    displayHeaderFooter: true,
    printBackground: true,
    // expect: ssrf
    headerTemplate: options.header,
    footerTemplate: FOOTER,
  });
  await fs.writeFile(invoice.pdfPath, Buffer.from(data, 'base64'));
  await client.close();
}

async function renderStatement(client, req) {
  const branding = req.body.branding || {};
  // expect: ssrf
  const pdf = await client.Page.printToPDF({ footerTemplate: branding.footerHtml, displayHeaderFooter: true });
  return Buffer.from(pdf.data, 'base64');
}

async function renderReport(page, report) {
  const header = `<div class="hdr">${report.title} for ${report.customerName}</div>`;
  // expect: ssrf
  const out = await page.printToPDF({ headerTemplate: header, displayHeaderFooter: true, landscape: true });
  return out.data;
}

async function renderPlain(page) {
  const out = await page.printToPDF({ headerTemplate: '<span></span>', footerTemplate: FOOTER, displayHeaderFooter: true });
  const bare = await page.printToPDF({ printBackground: true, preferCSSPageSize: true });
  return [out.data, bare.data];
}

module.exports = { renderInvoice, renderStatement, renderReport, renderPlain };
