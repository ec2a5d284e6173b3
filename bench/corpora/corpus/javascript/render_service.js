'use strict';

const express = require('express');
const puppeteer = require('puppeteer');
const { VM, NodeVM } = require('vm2');
const grpc = require('@grpc/grpc-js');

const app = express();
const ALLOWED_HOSTS = new Set(['docs.example.com', 'status.example.com']);
const REPORT_URL = 'https://reports.example.com/daily';

app.get('/snapshot', async (req, res) => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  // expect: ssrf
  await page.goto(req.query.url, { waitUntil: 'networkidle0' });
  res.type('png').send(await page.screenshot());
  await browser.close();
});

app.get('/snapshot-safe', async (req, res) => {
  const target = new URL(req.query.url);
  if (!ALLOWED_HOSTS.has(target.hostname)) return res.sendStatus(400);
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.goto(target.href);
  res.type('png').send(await page.screenshot());
});

app.get('/daily', async (req, res) => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.goto(REPORT_URL);
  res.send(await page.content());
});

app.post('/scrape', async (req, res) => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.goto(REPORT_URL);
  // expect: code-injection
  const value = await page.evaluate(req.body.script);
  const title = await page.evaluate(() => document.title);
  res.json({ value, title });
});

app.post('/sandbox', (req, res) => {
  const vm = new VM({ timeout: 1000 });
  // expect: code-injection
  res.json({ result: vm.run(req.body.code) });
});

app.post('/plugin', (req, res) => {
  const nodeVm = new NodeVM({ console: 'off' });
  const plugin = nodeVm.run('module.exports = (x) => x * 2;');
  res.json({ result: plugin(Number(req.body.x)) });
});

function inventoryClient(address) {
  const InventoryService = grpc.loadPackageDefinition(require('./inventory.json')).Inventory;
  // expect: insecure-transport
  return new InventoryService(address, grpc.credentials.createInsecure());
}

function inventoryClientTls(address) {
  const InventoryService = grpc.loadPackageDefinition(require('./inventory.json')).Inventory;
  return new InventoryService(address, grpc.credentials.createSsl());
}

function renderComments(comments) {
  comments.forEach((c) => {
    // expect: xss
    $('#comments').append('<li>' + c.author + ': ' + c.body + '</li>');
    $('#comments').append($('<li>').text(c.body));
  });
}

module.exports = { app, inventoryClient, inventoryClientTls, renderComments };
