// Title lookup for URLs: the route decides whether the URL was checked first.
const dns = require('node:dns').promises;
const net = require('node:net');
const ipaddr = require('ipaddr.js');

async function isPublicHttpUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (!['http:', 'https:'].includes(url.protocol)) return false;
  const addresses = net.isIP(url.hostname) ? [url.hostname] : (await dns.lookup(url.hostname, { all: true })).map((a) => a.address);
  return addresses.every((address) => ipaddr.parse(address).range() === 'unicast');
}

async function fetchTitle(url) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    // expect: ssrf
    const response = await fetch(url, { signal: controller.signal, redirect: 'manual' });
    const html = await response.text();
    const match = html.match(/<title[^>]*>([^<]{0,300})<\/title>/i);
    return match ? match[1].trim() : null;
  } finally {
    clearTimeout(timer);
  }
}

module.exports = { isPublicHttpUrl, fetchTitle };
