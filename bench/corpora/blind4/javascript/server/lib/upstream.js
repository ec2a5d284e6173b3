'use strict';
/**
 * Clients for the services we call: inventory (internal TLS), the tax API and the
 * legacy ERP bridge.
 */
const https = require('https');
const axios = require('axios');
const { Agent, fetch: undiciFetch } = require('undici');
const grpc = require('@grpc/grpc-js');
const request = require('request');

const INVENTORY_CA = process.env.INVENTORY_CA_PATH;

// expect: tls-reject-unauthorized-false
const insecureAgent = new https.Agent({ rejectUnauthorized: false, keepAlive: true });
const inventoryAgent = new https.Agent({ ca: INVENTORY_CA && require('fs').readFileSync(INVENTORY_CA), keepAlive: true });

const inventory = axios.create({
  baseURL: 'https://inventory.internal:8443',
  httpsAgent: inventoryAgent,
  timeout: 5000,
});

const erp = axios.create({
  baseURL: 'https://erp-bridge.internal',
  httpsAgent: insecureAgent,
  timeout: 10000,
});

async function stockLevel(sku) {
  const { data } = await inventory.get(`/stock/${encodeURIComponent(sku)}`);
  return data.level;
}

async function taxRate(country) {
  // expect: cleartext-http
  const { data } = await axios.get(`http://tax-api.partner.example/v1/rates/${country}`, { timeout: 5000 });
  return data.rate;
}

async function erpOrder(id) {
  const { data } = await erp.get(`/orders/${id}`);
  return data;
}

async function shippingQuote(parcel) {
  const dispatcher = new Agent({
    // expect: tls-reject-unauthorized-false
    connect: { rejectUnauthorized: false },
  });
  const res = await undiciFetch('https://quotes.carrier.example/v2/quote', {
    method: 'POST',
    body: JSON.stringify(parcel),
    headers: { 'content-type': 'application/json' },
    dispatcher,
  });
  return res.json();
}

function legacyPrices(cb) {
  // expect: tls-strict-ssl-false
  request({ url: 'https://prices.legacy.example/feed', strictSSL: false, json: true }, cb);
}

function pricingClient(Pricing) {
  // expect: grpc-insecure-remote
  return new Pricing('pricing.prod.internal:50051', grpc.credentials.createInsecure());
}

function localPricingClient(Pricing) {
  return new Pricing('localhost:50051', grpc.credentials.createInsecure());
}

function disableTlsForDebug() {
  if (process.env.DEBUG_UPSTREAM) {
    // expect: node-tls-reject-env
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  }
}

module.exports = { stockLevel, taxRate, erpOrder, shippingQuote, legacyPrices, pricingClient, localPricingClient, disableTlsForDebug };
