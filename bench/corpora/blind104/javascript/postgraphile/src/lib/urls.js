const dns = require('dns').promises;
const ipaddr = require('ipaddr.js');

async function isPublicHttpsUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch (e) {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  const { address } = await dns.lookup(url.hostname);
  return ipaddr.parse(address).range() === 'unicast';
}

module.exports = { isPublicHttpsUrl };
