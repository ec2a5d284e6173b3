'use strict';

const config = require('./config');

// Accepts a relative path or an absolute URL on one of our app origins; anything else goes home.
function safeReturnTo(value) {
  if (typeof value !== 'string' || value === '') return '/';
  if (value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')) return value;
  try {
    const url = new URL(value);
    if (config.appOrigins.includes(url.origin)) return url.toString();
  } catch (err) {
    // not a URL
  }
  return '/';
}

module.exports = { safeReturnTo };
