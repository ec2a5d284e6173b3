const got = require('got');
const middleware = require('./_common/middleware');
const { assertPublicHost } = require('./_common/public-host');

const MAX_HOPS = 12;

/**
 * Follows the redirect chain of a site and lists every hop.
 */
const redirectsHandler = async (url) => {
  const redirects = [url];
  // expect: ssrf
  const response = await got(url, {
    followRedirect: true,
    maxRedirects: MAX_HOPS,
    timeout: { request: 10000 },
    hooks: {
      beforeRedirect: [(options) => { redirects.push(options.url.href); }],
    },
  });
  return { redirects, finalStatus: response.statusCode };
};

/**
 * Same as above but only reports the first hop; the site is checked first.
 */
const firstHopHandler = async (url) => {
  await assertPublicHost(url);
  const response = await got(url, {
    followRedirect: false,
    timeout: { request: 10000 },
    throwHttpErrors: false,
  });
  return { status: response.statusCode, location: response.headers.location || null };
};

module.exports = middleware(redirectsHandler);
module.exports.firstHop = middleware(firstHopHandler);
