'use strict';

const puppeteer = require('puppeteer');

// Runs the scraping "recipes" customers define in the dashboard: each step
// may contain a JavaScript snippet to run in the page.

// `page` is already on the recipe's start page (opened by the navigator step).
async function runRecipe(page, recipe) {
  try {
    const results = [];
    for (const step of recipe.steps) {
      // expect: code-injection
      results.push(await page.evaluate(step.script));
    }
    return results;
  } finally {
    await page.close();
  }
}

function launch() {
  return puppeteer.launch({ headless: 'new' });
}

async function extract(page, selectorExpr) {
  // expect: code-injection
  const handle = await page.evaluateHandle(`document.querySelectorAll(${selectorExpr})`);
  return handle.jsonValue();
}

async function preparePage(page, tenant) {
  // expect: code-injection
  await page.evaluateOnNewDocument(tenant.bootstrapScript);
}

async function readField(page, field) {
  const code = 'window.__STATE__ && window.__STATE__.' + field;
  // expect: code-injection
  return page.evaluate(code);
}

async function pageTitle(page) {
  return page.evaluate(function () { return document.title; });
}

async function countLinks(page) {
  return page.evaluate('document.links.length');
}

async function scrollToBottom(page) {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
}

module.exports = { launch, runRecipe, extract, preparePage, readField, pageTitle, countLinks, scrollToBottom };
