// Scheduled dashboard snapshots: opens a dashboard in headless Chrome, applies the
// subscriber's filter and mails a screenshot.
const puppeteer = require('puppeteer');
const express = require('express');

const router = express.Router();
const DASHBOARD_BASE = 'https://analytics.internal.example/dashboards/';

async function openDashboard(browser, dashboardId) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1440, height: 900 });
  await page.goto(DASHBOARD_BASE + encodeURIComponent(dashboardId), { waitUntil: 'networkidle0' });
  return page;
}

router.post('/snapshots', express.json(), async (req, res, next) => {
  const browser = await puppeteer.launch({ args: ['--no-sandbox'] });
  try {
    const page = await openDashboard(browser, req.body.dashboardId);

    const title = await page.evaluate(() => document.title);

    // The filter is data passed as an argument; the function itself is ours.
    await page.evaluate((filter) => window.dashboard.applyFilter(filter), req.body.filter || {});

    const range = String(req.body.range || '7d');
    await page.evaluate(function (r) {
      window.dashboard.setRange(r);
    }, range);

    // Power users can type a "custom step" in the subscription form.
    if (req.body.customStep) {
      // expect: code-injection
      await page.evaluate(req.body.customStep);
    }

    // expect: code-injection
    await page.evaluateOnNewDocument(`window.__SNAPSHOT_LABEL__ = "${req.body.label}";`);

    const png = await page.screenshot({ fullPage: true });
    res.json({ title, image: png.toString('base64') });
  } catch (err) {
    next(err);
  } finally {
    await browser.close();
  }
});

router.get('/snapshots/health', async (req, res) => {
  const browser = await puppeteer.launch();
  try {
    const page = await browser.newPage();
    const ok = await page.evaluate('1 + 1');
    res.json({ ok: ok === 2 });
  } finally {
    await browser.close();
  }
});

module.exports = router;
