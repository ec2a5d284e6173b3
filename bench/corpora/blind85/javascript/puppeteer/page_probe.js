const puppeteer = require('puppeteer');

class PageProbe {
  constructor(browser) {
    this.browser = browser;
  }

  static async create() {
    return new PageProbe(await puppeteer.launch({ args: ['--no-sandbox'] }));
  }

  async runCheck(url, check) {
    const page = await this.browser.newPage();
    await page.goto(url);
    // expect: code-injection
    const result = await page.evaluate(check.script);
    await page.close();
    return result;
  }

  async injectTracking(page, snippet) {
    // expect: code-injection
    await page.evaluateOnNewDocument(snippet);
  }

  async readValue(page, expression) {
    // expect: code-injection
    const handle = await page.evaluateHandle(`(() => ${expression})()`);
    return handle.jsonValue();
  }

  async extractWith(page, job) {
    const fn = 'return document.querySelector("' + job.selector + '").textContent';
    // expect: code-injection
    return page.evaluate(new Function(fn));
  }

  async title(page) {
    return page.evaluate('document.title');
  }

  async links(page) {
    return page.evaluate(function () {
      return Array.from(document.links).map((a) => a.href);
    });
  }

  async close() {
    await this.browser.close();
  }
}

module.exports = { PageProbe };
