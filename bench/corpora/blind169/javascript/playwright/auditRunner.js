'use strict';

// SEO audit runner. Customers submit a site and optional settings; the
// browser runs on the audit workers inside the company network.
const path = require('path');
const { chromium } = require('playwright');
const audits = require('./auditStore');

const CONSENT_SCRIPT = path.join(__dirname, 'scripts', 'dismiss-consent.js');

async function newAuditContext(browser, settings) {
  const context = await browser.newContext({
    userAgent: 'SiteAuditBot/2.4 (+https://audit.example.com/bot)',
    viewport: { width: settings.width || 1366, height: 900 },
  });
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'webdriver', { get: () => false });
  });
  await context.addInitScript({ path: CONSENT_SCRIPT });
  await context.addInitScript((lang) => {
    Object.defineProperty(navigator, 'language', { get: () => lang });
  }, settings.language || 'en-US');
  if (settings.setupScript) {
    // expect: ssrf
    await context.addInitScript(settings.setupScript);
  }
  return context;
}

async function auditPage(context, url) {
  await audits.assertPublicUrl(url);
  const page = await context.newPage();
  const started = Date.now();
  const response = await page.goto(url, { waitUntil: 'load', timeout: 30000 });
  const title = await page.title();
  const description = await page.locator('meta[name="description"]').getAttribute('content').catch(() => null);
  await page.close();
  return { url, status: response ? response.status() : 0, title, description, ms: Date.now() - started };
}

async function runAudit(job) {
  const browser = await chromium.launch();
  try {
    const context = await newAuditContext(browser, job.settings || {});
    const results = [];
    for (const url of job.urls) {
      results.push(await auditPage(context, url));
    }
    await audits.saveResults(job.id, results);
    return results;
  } finally {
    await browser.close();
  }
}

module.exports = { runAudit };
