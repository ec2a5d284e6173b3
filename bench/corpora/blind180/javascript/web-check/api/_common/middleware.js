const normalizeUrl = (url) => (url.startsWith('http://') || url.startsWith('https://') ? url : `https://${url}`);

const TIMEOUT = Number(process.env.API_TIMEOUT_LIMIT) || 20000;

const timeoutErrorMsg = 'You can re-trigger this request by clicking "Retry"\n'
  + 'If you are running your own instance of Web Check, then you can '
  + 'resolve this issue, by increasing the timeout limit in the '
  + '`API_TIMEOUT_LIMIT` environmental variable to a higher value (in milliseconds).';

/**
 * Wraps a check so that it can be mounted on Express, Netlify or Vercel.
 * The handler gets the normalised URL and the raw request.
 */
const commonMiddleware = (handler) => async (request, response) => {
  const queryUrl = request.query?.url;
  if (!queryUrl || typeof queryUrl !== 'string') {
    return response.status(400).json({ error: 'No URL specified' });
  }
  const url = normalizeUrl(queryUrl.trim());

  const timeout = new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`Request timed-out after ${TIMEOUT} ms`)), TIMEOUT);
  });

  try {
    const result = await Promise.race([handler(url, request), timeout]);
    if (result && result.statusCode && result.body) {
      return response.status(result.statusCode).json(JSON.parse(result.body));
    }
    return response.status(200).json(result);
  } catch (error) {
    const message = error.message || String(error);
    return response.status(500).json({ error: message, hint: message.includes('timed-out') ? timeoutErrorMsg : undefined });
  }
};

module.exports = commonMiddleware;
module.exports.normalizeUrl = normalizeUrl;
