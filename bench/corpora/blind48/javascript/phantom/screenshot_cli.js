#!/usr/bin/env node
'use strict';

// Batch screenshot worker: reads the jobs customers upload through the dashboard
// (a CSV whose path the scheduler passes on the command line) and renders each
// page with PhantomJS.
const phantom = require('phantom');
const fs = require('fs');

const [, , jobsFile, outDir = 'shots'] = process.argv;

function readJobs(file) {
  return fs.readFileSync(file, 'utf8').trim().split('\n').map((line) => {
    const [name, url, inject] = line.split(',');
    return { name, url, inject };
  });
}

async function shoot(page, job) {
  // expect: ssrf
  const status = await page.open(job.url);
  if (status !== 'success') throw new Error(job.name + ': ' + status);
  if (job.inject) {
    // expect: code-injection
    await page.evaluateJavaScript('function () { ' + job.inject + ' }');
  }
  await page.render(`${outDir}/${job.name}.png`);
}

class TemplateRenderer {
  constructor(page) {
    this.page = page;
  }

  async renderHtml(html, baseUrl) {
    // expect: ssrf
    await this.page.setContent(html, baseUrl);
    return this.page.renderBase64('PNG');
  }

  async renderUpload(file) {
    // the customer's uploaded HTML mock-up
    const html = fs.readFileSync(file, 'utf8');
    // expect: ssrf
    await this.page.property('content', html);
    return this.page.renderBase64('PNG');
  }
}

async function openLegacy(page, host) {
  // expect: ssrf
  return page.openUrl(`http://${host}/`, 'GET', { userAgent: 'snapshotter' });
}

// Safe look-alikes: the constant about page and constant content.
async function warmUp(page) {
  await page.open('about:blank');
  await page.property('content', '<html><body></body></html>');
  await page.evaluateJavaScript('function () { return document.readyState; }');
}

async function main() {
  const instance = await phantom.create();
  const page = await instance.createPage();
  await page.property('viewportSize', { width: 1280, height: 800 });
  await warmUp(page);
  for (const job of readJobs(jobsFile)) {
    await shoot(page, job);
  }
  await instance.exit();
}

module.exports = { shoot, TemplateRenderer, openLegacy, warmUp };

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
