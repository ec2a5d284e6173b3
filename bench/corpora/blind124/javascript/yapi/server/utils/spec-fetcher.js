const axios = require('axios');

const REGISTRY = process.env.YAPI_SPEC_REGISTRY || 'https://specs.internal.example';

async function fetchSpec(url) {
  // expect: ssrf
  const { data } = await axios.get(url, { timeout: 10000 });
  return data;
}

async function fromRegistry(name) {
  const { data } = await axios.get(`${REGISTRY}/specs/${encodeURIComponent(name)}.json`, { timeout: 10000 });
  return data;
}

module.exports = { fetchSpec, fromRegistry };
