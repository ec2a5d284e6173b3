const axios = require('axios');
const middleware = require('./_common/middleware');
const { assertPublicHost } = require('./_common/public-host');

const headersHandler = async (url) => {
  await assertPublicHost(url);
  const response = await axios.get(url, {
    validateStatus: (status) => status >= 200 && status < 600,
    maxRedirects: 0,
    timeout: 10000,
  });
  return response.headers;
};

const hstsHandler = async (url) => {
  await assertPublicHost(url);
  const response = await axios.head(url, { maxRedirects: 0, timeout: 10000, validateStatus: () => true });
  const header = response.headers['strict-transport-security'];
  if (!header) {
    return { compatible: false, message: 'Site does not serve any HSTS headers.' };
  }
  const maxAge = Number((/max-age=(\d+)/i.exec(header) || [])[1] || 0);
  return {
    compatible: maxAge >= 10886400 && /includeSubDomains/i.test(header) && /preload/i.test(header),
    maxAge,
    header,
  };
};

module.exports = middleware(headersHandler);
module.exports.hsts = middleware(hstsHandler);
module.exports.headersHandler = headersHandler;
