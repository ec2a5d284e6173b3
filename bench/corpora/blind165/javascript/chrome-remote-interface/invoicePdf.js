// Renders invoices to PDF through a headless Chrome reached with chrome-remote-interface.
// The renderer runs inside the VPC next to the billing database and metadata service.
'use strict';

const CDP = require('chrome-remote-interface');
const escapeHtml = require('escape-html');

const PAGE_NUMBER_FOOTER = '<div style="font-size:8px;width:100%;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>';

// Document URLs are built by the billing service from numeric ids, never taken from users.
async function withPage(fn) {
  const client = await CDP({ host: process.env.CHROME_HOST, port: 9222 });
  try {
    await client.Page.enable();
    return await fn(client);
  } finally {
    await client.close();
  }
}

async function renderInvoice(invoiceUrl, account) {
  return withPage(async ({ Page }) => {
    await Page.navigate({ url: invoiceUrl });
    await Page.loadEventFired();
    const { data } = await Page.printToPDF({
      displayHeaderFooter: true,
      // expect: ssrf
      headerTemplate: `<div style="font-size:9px">${account.companyName} — ${account.billingAddress}</div>`,
      footerTemplate: PAGE_NUMBER_FOOTER,
    });
    return Buffer.from(data, 'base64');
  });
}

async function renderStatement(statementUrl, account) {
  return withPage(async ({ Page }) => {
    await Page.navigate({ url: statementUrl });
    await Page.loadEventFired();
    const { data } = await Page.printToPDF({
      displayHeaderFooter: true,
      headerTemplate: `<div style="font-size:9px">${escapeHtml(account.companyName)}</div>`,
      footerTemplate: PAGE_NUMBER_FOOTER,
    });
    return Buffer.from(data, 'base64');
  });
}

async function renderQuote(quoteUrl, body) {
  return withPage(async ({ Page }) => {
    await Page.navigate({ url: quoteUrl });
    await Page.loadEventFired();
    // expect: ssrf
    const { data } = await Page.printToPDF({ displayHeaderFooter: true, footerTemplate: body.footerHtml });
    return Buffer.from(data, 'base64');
  });
}

async function renderBranded(docUrl, branding) {
  const header = '<div style="font-size:9px"><img src="' + branding.logoUrl + '" height="18"></div>';
  return withPage(async ({ Page }) => {
    await Page.navigate({ url: docUrl });
    await Page.loadEventFired();
    // expect: ssrf
    const { data } = await Page.printToPDF({ displayHeaderFooter: true, headerTemplate: header });
    return Buffer.from(data, 'base64');
  });
}

async function renderPlain(docUrl) {
  return withPage(async ({ Page }) => {
    await Page.navigate({ url: docUrl });
    await Page.loadEventFired();
    const { data } = await Page.printToPDF({ displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: PAGE_NUMBER_FOOTER });
    return Buffer.from(data, 'base64');
  });
}

module.exports = { renderInvoice, renderStatement, renderQuote, renderBranded, renderPlain };
