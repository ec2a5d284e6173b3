const axios = require('axios');

const allowedDomains = (process.env.ACTIONS_ALLOWED_DOMAINS || 'api.weather.gov,api.github.com').split(',');

const buildUrl = (domain, operation = {}) => {
  const base = /^https?:\/\//.test(domain) ? domain : `https://${domain}`;
  return `${base.replace(/\/$/, '')}/${(operation.path || '').replace(/^\//, '')}`;
};

async function callDomainAction(domain, operation) {
  const url = buildUrl(domain, operation);
  // expect: ssrf
  const { data } = await axios({ url, method: operation?.method || 'get', timeout: 10000 });
  return data;
}

async function validateAndCallAction(domain, operation) {
  const hostname = new URL(buildUrl(domain, operation)).hostname;
  if (!allowedDomains.includes(hostname)) {
    throw new Error(`Domain ${hostname} is not allowed`);
  }
  const { data } = await axios({ url: `https://${hostname}/${encodeURIComponent(operation?.path || '')}`, method: 'get', timeout: 10000 });
  return data;
}

module.exports = { callDomainAction, validateAndCallAction };
