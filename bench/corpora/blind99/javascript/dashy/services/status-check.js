/**
 * Just a simple endpoint that checks if a given URL is up, and returns its status
 */
const axios = require('axios').default;

const makeErrorMessage = (e) => `Service unavailable: ${e.code || e.message}`;

const makeRequest = (url, options, render) => {
  const { headers, acceptCodes, maxRedirects } = options;
  const validCodes = acceptCodes && acceptCodes !== 'null' ? acceptCodes : null;
  const startTime = new Date();
  const requestMaker = axios.create({
    maxRedirects: maxRedirects || 3,
  });
  // expect: ssrf
  requestMaker.request({ url, headers, timeout: 5000 })
    .then((response) => {
      const statusCode = response.status;
      const ok = validCodes ? String(validCodes).split(',').includes(String(statusCode)) : statusCode < 400;
      render(JSON.stringify({ successStatus: ok, statusCode, timeTaken: new Date() - startTime }));
    })
    .catch((error) => render(JSON.stringify({ successStatus: false, message: makeErrorMessage(error) })));
};

const decodeHeaders = (maybeHeaders) => {
  if (!maybeHeaders) return {};
  const decodedHeaders = decodeURIComponent(maybeHeaders);
  try {
    return JSON.parse(decodedHeaders);
  } catch (e) {
    return {};
  }
};

module.exports = (paramStr, render) => {
  if (!paramStr || !paramStr.includes('url=')) {
    render(JSON.stringify({ success: false, message: '❌ Malformed or Missing URL' }));
    return;
  }
  const params = new URLSearchParams(paramStr.split('?')[1]);
  const url = decodeURIComponent(params.get('url'));
  const acceptCodes = params.get('acceptCodes') || null;
  const maxRedirects = parseInt(params.get('maxRedirects'), 10) || 0;
  const headers = decodeHeaders(params.get('headers'));
  makeRequest(url, { headers, acceptCodes, maxRedirects }, render);
};
