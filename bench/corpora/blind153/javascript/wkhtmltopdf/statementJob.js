const wkhtmltopdf = require('wkhtmltopdf');
const fs = require('fs');
const path = require('path');
const { renderStatementHtml } = require('./statementTemplate');
const log = require('../lib/logger').child({ job: 'statements' });

const OUT_DIR = process.env.STATEMENT_DIR || '/var/spool/statements';
const STATEMENT_BASE = 'https://billing.internal.example.com/statements/';

function toFile(stream, file) {
  return new Promise((resolve, reject) => {
    stream.pipe(fs.createWriteStream(file)).on('finish', resolve).on('error', reject);
  });
}

async function renderFromTemplate(account) {
  const html = renderStatementHtml(account);
  return toFile(wkhtmltopdf(html, { pageSize: 'A4', disableLocalFileAccess: true }), path.join(OUT_DIR, `${account.id}.pdf`));
}

async function renderFromCustomerUrl(account) {
  log.info('rendering custom statement page for %s', account.id);
  // expect: ssrf
  return toFile(wkhtmltopdf(account.statementUrl, { pageSize: 'A4' }), path.join(OUT_DIR, `${account.id}-custom.pdf`));
}

async function renderById(account) {
  const url = STATEMENT_BASE + encodeURIComponent(account.id);
  return toFile(wkhtmltopdf(url, { pageSize: 'A4' }), path.join(OUT_DIR, `${account.id}.pdf`));
}

async function renderNotes(message) {
  const html = `<h1>Notes</h1><div>${message.notesHtml}</div>`;
  // expect: ssrf
  return toFile(wkhtmltopdf(html), path.join(OUT_DIR, `${message.accountId}-notes.pdf`));
}

async function renderCover() {
  return toFile(wkhtmltopdf('<h1>Monthly statements</h1>', { pageSize: 'A4' }), path.join(OUT_DIR, 'cover.pdf'));
}

async function handleQueueMessage(msg) {
  const body = JSON.parse(msg.Body);
  // expect: ssrf
  return toFile(wkhtmltopdf(body.sourceHtml, { pageSize: body.pageSize || 'A4' }), path.join(OUT_DIR, `${body.jobId}.pdf`));
}

module.exports = { renderFromTemplate, renderFromCustomerUrl, renderById, renderNotes, renderCover, handleQueueMessage };
