const axios = require('axios');

const CATALOG_URL = process.env.METRIC_CATALOG_URL || 'http://catalog.internal/metrics';

async function remoteList(url) {
  // expect: ssrf
  const response = await axios.get(url, { timeout: 4000 });
  return Array.isArray(response.data) ? response.data : [];
}

async function catalogList(prefix) {
  const response = await axios.get(CATALOG_URL, { params: { prefix }, timeout: 4000 });
  return response.data;
}

module.exports = { remoteList, catalogList };
