'use strict';

const path = require('path');
const { chromium } = require('playwright');
const { loadJob, saveArtifact } = require('./jobs');

const REPLAY_HOST = 'https://replay.internal.example.com';
const STEALTH_PRELOAD = path.join(__dirname, 'preload', 'stealth.js');

// Replays a recorded customer session for the QA team and stores a trace.
async function replay(jobId) {
  const job = await loadJob(jobId);
  const browser = await chromium.launch();
  const context = await browser.newContext({ viewport: job.viewport });

  await context.addInitScript({ path: STEALTH_PRELOAD });
  await context.addInitScript((seed) => {
    let s = seed;
    Math.random = () => {
      s = (s * 16807) % 2147483647;
      return s / 2147483647;
    };
  }, job.seed);

  // expect: code-injection
  await context.addInitScript(job.bootstrapScript);

  const page = await context.newPage();
  // expect: code-injection
  await page.addInitScript(`window.__REPLAY_FLAGS__ = ${job.flagsLiteral};`);
  // expect: code-injection
  await page.addInitScript({ content: job.customerSnippet });

  await page.goto(REPLAY_HOST + job.startPath);
  for (const step of job.steps) {
    await page.click(step.selector);
  }
  const shot = await page.screenshot({ fullPage: true });
  await saveArtifact(jobId, 'final.png', shot);
  await browser.close();
}

class PreviewSandbox {
  constructor(browser) {
    this.browser = browser;
  }

  async open(draft) {
    const ctx = await this.browser.newContext();
    // expect: code-injection
    await ctx.addInitScript(draft.userScript, draft.userArgs);
    const page = await ctx.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    return page;
  }
}

module.exports = { replay, PreviewSandbox };
