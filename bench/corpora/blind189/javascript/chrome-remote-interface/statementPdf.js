'use strict';

const CDP = require('chrome-remote-interface');
const { escapeHtml } = require('../util/html');
const { loadStatement } = require('../billing/statements');

const CHROME_HOST = process.env.CHROME_HOST || '127.0.0.1';
const CHROME_PORT = Number(process.env.CHROME_PORT || 9222);
const STATEMENT_BASE = 'https://billing.internal.example.com/statements/';

const PAGE_FOOTER =
  '<div style="font-size:8px;width:100%;text-align:center">' +
  'Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';

async function withTab(fn) {
  const target = await CDP.New({ host: CHROME_HOST, port: CHROME_PORT });
  const client = await CDP({ host: CHROME_HOST, port: CHROME_PORT, target });
  try {
    await client.Page.enable();
    return await fn(client);
  } finally {
    await client.close();
    await CDP.Close({ host: CHROME_HOST, port: CHROME_PORT, id: target.id });
  }
}

// Monthly statement for a customer account; the header carries the account's
// letterhead text, which customers edit in their billing settings.
async function statementPdf(accountId, month) {
  const statement = await loadStatement(accountId, month);
  const letterhead = statement.account.letterheadHtml;
  return withTab(async ({ Page }) => {
    await Page.navigate({ url: STATEMENT_BASE + encodeURIComponent(statement.id) });
    await Page.loadEventFired();
    const { data } = await Page.printToPDF({
      displayHeaderFooter: true,
      // expect: ssrf
      headerTemplate: letterhead,
      footerTemplate: PAGE_FOOTER,
      printBackground: true,
    });
    return Buffer.from(data, 'base64');
  });
}

// Internal report: the header only shows the account name, escaped.
async function usageReportPdf(account, reportUrl) {
  const header = '<div style="font-size:9px;margin-left:1cm">' + escapeHtml(account.name) + '</div>';
  return withTab(async ({ Page }) => {
    await Page.navigate({ url: reportUrl });
    await Page.loadEventFired();
    const { data } = await Page.printToPDF({
      displayHeaderFooter: true,
      headerTemplate: header,
      footerTemplate: PAGE_FOOTER,
    });
    return Buffer.from(data, 'base64');
  });
}

module.exports = { statementPdf, usageReportPdf };
