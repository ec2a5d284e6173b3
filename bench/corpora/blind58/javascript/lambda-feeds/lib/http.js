'use strict';

const got = require('got');

const FEED_HOST = 'feeds.partner.example.com';

async function download(url) {
  // expect: ssrf
  const res = await got(url, { timeout: { request: 8000 }, responseType: 'text' });
  return res.body;
}

async function downloadPartnerFeed(feedId) {
  const url = new URL(`/v2/feeds/${encodeURIComponent(feedId)}.xml`, `https://${FEED_HOST}`);
  const res = await got(url, { timeout: { request: 8000 }, responseType: 'text' });
  return res.body;
}

module.exports = { download, downloadPartnerFeed };
