const dns = require('dns').promises;
const net = require('net');

const PRIVATE_V4 = [
  ['10.0.0.0', 8], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.168.0.0', 16], ['100.64.0.0', 10], ['0.0.0.0', 8],
];

const toInt = (ip) => ip.split('.').reduce((acc, part) => (acc << 8) + Number(part), 0) >>> 0;

const inRange = (ip, [base, bits]) => {
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return (toInt(ip) & mask) === (toInt(base) & mask);
};

const isPrivateAddress = (address) => {
  if (net.isIPv4(address)) {
    return PRIVATE_V4.some((range) => inRange(address, range));
  }
  const lowered = address.toLowerCase();
  return lowered === '::1' || lowered.startsWith('fc') || lowered.startsWith('fd') || lowered.startsWith('fe80') || lowered.startsWith('::ffff:');
};

/**
 * Resolves the host of a URL and refuses loopback, link-local and private ranges.
 * Returns the first public address so that callers can pin their connection to it.
 */
const assertPublicHost = async (url) => {
  const { hostname, protocol } = new URL(url);
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new Error('Only http and https are supported');
  }
  const records = await dns.lookup(hostname, { all: true });
  if (records.length === 0 || records.some((record) => isPrivateAddress(record.address))) {
    throw new Error('This host resolves to a private address');
  }
  return records[0].address;
};

module.exports = { assertPublicHost, isPrivateAddress };
