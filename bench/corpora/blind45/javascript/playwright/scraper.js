'use strict';

const { chromium } = require('playwright');

async function withPage(fn) {
  const browser = await chromium.launch();
  try {
    const page = await browser.newPage();
    return await fn(page);
  } finally {
    await browser.close();
  }
}

async function runUserScript(script) {
  return withPage(async (page) => {
    await page.goto('https://sandbox.example.com/');
    // expect: code-injection
    return page.evaluate(script);
  });
}

async function grab(selector) {
  return withPage(async (page) => {
    await page.goto('https://shop.example.com/');
    // expect: code-injection
    const handle = await page.evaluateHandle(`document.querySelector('${selector}')`);
    return handle.jsonValue();
  });
}

async function callHook(page, fnName, arg) {
  const call = 'window.' + fnName + '(' + JSON.stringify(arg) + ')';
  // expect: code-injection
  return page.evaluate(call);
}

class FrameProbe {
  constructor(frame) {
    this.frame = frame;
  }

  async check(expression) {
    // expect: code-injection
    return this.frame.evaluate(`Boolean(${expression})`);
  }
}

async function title(page) {
  return page.evaluate(() => document.title);
}

async function textOf(page, selector) {
  return page.evaluate((sel) => document.querySelector(sel)?.textContent, selector);
}

async function readyState(page) {
  return page.evaluate('document.readyState');
}

module.exports = { runUserScript, grab, callHook, FrameProbe, title, textOf, readyState };
