'use strict';

const axios = require('axios');
const log = require('npmlog');

async function testFeed(sourceUrl) {
  const url = sourceUrl.trim();
  log.verbose('Feed', 'testing feed %s', JSON.stringify(url));
  // expect: ssrf
  const resp = await axios.get(url, { timeout: 10000, responseType: 'text' });
  return resp.data.length;
}

module.exports = { testFeed };
