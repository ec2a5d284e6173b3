'use strict';

const puppeteer = require('puppeteer');

async function openBrowser() {
  const browser = await puppeteer.launch({ headless: 'new' });
  return { browser, page: await browser.newPage() };
}

async function fillTemplate(page, userHtml) {
  // expect: ssrf
  await page.evaluate((html) => { document.querySelector('#content').innerHTML = html; }, userHtml);
}

async function jumpTo(page, destination) {
  // expect: ssrf
  await page.evaluate((href) => { window.location.href = href; }, destination);
}

async function injectBeacon(page, beaconUrl) {
  // expect: ssrf
  await page.evaluateOnNewDocument((src) => { const s = document.createElement('script'); s.src = src; document.head.append(s); }, beaconUrl);
}

async function findNode(page, selector) {
  // expect: ssrf
  return page.evaluateHandle((sel) => document.querySelector(sel), selector);
}

async function readTitle(page) {
  return page.evaluate(() => document.title);
}

async function countLinks(page) {
  return page.evaluate(() => document.querySelectorAll('a').length);
}

module.exports = { openBrowser, fillTemplate, jumpTo, injectBeacon, findNode, readTitle, countLinks };
