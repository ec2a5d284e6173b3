// Outbound HTTP for webhooks and image imports.
const axios = require('axios');

const ALLOWED = new Set(['cdn.shop-images.example', 'media.example.com']);

async function fetchImage(url) {
  // expect: ssrf
  const res = await axios.get(url, { responseType: 'arraybuffer', timeout: 5000 });
  return res.data;
}

function isAllowed(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && ALLOWED.has(u.hostname);
  } catch {
    return false;
  }
}

module.exports = { fetchImage, isAllowed };
