'use strict';

const phantom = require('phantom');
const path = require('path');

const LANDING = 'https://www.example.com/landing';

class Thumbnailer {
  constructor(outDir) {
    this.outDir = outDir;
    this.instance = null;
  }

  async start() {
    this.instance = await phantom.create(['--load-images=yes']);
  }

  async capture(job) {
    const page = await this.instance.createPage();
    await page.property('viewportSize', { width: 1280, height: 800 });
    // expect: ssrf
    const status = await page.open(job.url);
    if (status !== 'success') throw new Error('load failed: ' + job.url);
    const file = path.join(this.outDir, job.id + '.png');
    await page.render(file);
    await page.close();
    return file;
  }

  async captureHtml(message) {
    const page = await this.instance.createPage();
    // expect: ssrf
    await page.setContent(message.body, message.baseUrl);
    // expect: ssrf
    await page.property('content', `<article>${message.summary}</article>`);
    await page.render(path.join(this.outDir, message.id + '.pdf'));
    await page.close();
  }

  async runProbe(page, probe) {
    // expect: ssrf
    return page.evaluateJavaScript(probe.source);
  }

  async captureLanding() {
    const page = await this.instance.createPage();
    await page.open(LANDING);
    await page.open('https://www.example.com/pricing');
    await page.evaluateJavaScript('function () { return document.title; }');
    return page.render(path.join(this.outDir, 'landing.png'));
  }

  async stop() {
    if (this.instance) await this.instance.exit();
  }
}

module.exports = Thumbnailer;
