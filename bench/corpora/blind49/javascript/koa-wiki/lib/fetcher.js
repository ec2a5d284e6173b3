'use strict';

const got = require('got');
const dns = require('dns').promises;
const net = require('net');

const EMBED_HOSTS = new Map([
  ['youtube', 'https://www.youtube.com/oembed'],
  ['vimeo', 'https://vimeo.com/api/oembed.json'],
]);

async function fetchEmbed(provider, mediaUrl) {
  const endpoint = EMBED_HOSTS.get(provider);
  if (!endpoint) {
    throw Object.assign(new Error('unknown provider'), { status: 400, expose: true });
  }
  return got(endpoint, { searchParams: { url: mediaUrl, format: 'json' }, timeout: { request: 5000 } }).json();
}

// Downloads a remote image so that it can be attached to a page.
async function mirror(remote) {
  const options = { timeout: { request: 10000 }, responseType: 'buffer' };
  // expect: ssrf
  const response = await got(remote, options);
  return response.body;
}

async function isPublicHost(hostname) {
  const { address } = await dns.lookup(hostname);
  if (!net.isIPv4(address)) return false;
  const [a, b] = address.split('.').map(Number);
  return !(a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || a === 169);
}

module.exports = { fetchEmbed, mirror, isPublicHost };
