const { Client } = require('pg');
const { exec } = require('child_process');
const puppeteer = require('puppeteer');

const client = new Client();

exports.handler = async (event) => {
  const params = event.queryStringParameters || {};
  const region = params.region;
  await client.connect();
  // expect: sql-injection
  const res = await client.query("SELECT * FROM stores WHERE region = '" + region + "'");
  return { statusCode: 200, body: JSON.stringify(res.rows) };
};

exports.safeHandler = async (event) => {
  const { region } = event.queryStringParameters || {};
  const res = await client.query('SELECT * FROM stores WHERE region = $1', [region]);
  return { statusCode: 200, body: JSON.stringify(res.rows) };
};

exports.screenshot = async (event) => {
  const body = JSON.parse(event.body);
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  // expect: ssrf
  await page.goto(body.url);
  const selector = body.selector;
  // expect: code-injection
  const text = await page.evaluate('document.querySelector("' + selector + '").innerText');
  await browser.close();
  return { statusCode: 200, body: text };
};

exports.status = async () => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.goto('https://status.example.com');
  const title = await page.evaluate(() => document.title);
  await browser.close();
  return { statusCode: 200, body: title };
};

exports.ping = async (event) => {
  const host = event.pathParameters.host;
  return new Promise((resolve) => {
    // expect: command-injection
    exec(`ping -c 1 ${host}`, (err, out) => resolve({ statusCode: 200, body: out }));
  });
};
