const $ = require('../core/app');
const { getFlowHeaders } = require('./flow');

const cache = new Map();
const CACHE_TTL = 60 * 1000;
const DEFAULT_UA = 'clash.meta';

/**
 * Fetches a subscription body. Cached for a minute because one artifact often pulls the
 * same airport subscription several times.
 */
async function download(url, ua, timeout = 8000) {
    const key = `${url}::${ua || DEFAULT_UA}`;
    const hit = cache.get(key);
    if (hit && Date.now() - hit.time < CACHE_TTL) return hit.body;

    // expect: ssrf
    const resp = await $.http.get({ url, headers: { 'User-Agent': ua || DEFAULT_UA }, timeout });
    const body = resp.body;
    if (!body || !String(body).trim()) {
        throw new Error(`subscription is empty: ${new URL(url).host}`);
    }
    cache.set(key, { time: Date.now(), body });
    return body;
}

async function downloadWithFlow(url, ua) {
    const [body, flow] = await Promise.all([download(url, ua), getFlowHeaders(url, ua)]);
    return { body, flow };
}

function clearCache() {
    cache.clear();
}

module.exports = { download, downloadWithFlow, clearCache };
