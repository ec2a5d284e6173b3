const $ = require('../core/app');
const { SUBS_KEY } = require('../constants');
const { downloadWithFlow } = require('../utils/download');
const { ProxyUtils } = require('../core/proxy-utils');

const PLATFORMS = new Set(['QX', 'Surge', 'Loon', 'Stash', 'Clash', 'ClashMeta', 'ShadowRocket', 'sing-box', 'V2Ray', 'JSON', 'URI']);

function getPlatformFromHeaders(headers) {
    const ua = String(headers['user-agent'] || '').toLowerCase();
    if (ua.includes('quantumult')) return 'QX';
    if (ua.includes('surge')) return 'Surge';
    if (ua.includes('stash')) return 'Stash';
    if (ua.includes('clash')) return 'ClashMeta';
    if (ua.includes('sing-box')) return 'sing-box';
    return null;
}

function register($app) {
    if (!$.read(SUBS_KEY)) $.write([], SUBS_KEY);
    $app.get('/download/:name', downloadSubscription);
}

async function downloadSubscription(req, res) {
    const name = decodeURIComponent(req.params.name);
    const requested = req.query.target;
    const platform = PLATFORMS.has(requested) ? requested : getPlatformFromHeaders(req.headers) || 'JSON';

    const sub = ($.read(SUBS_KEY) || []).find((s) => s.name === name);
    if (!sub) {
        return res.status(404).json({ status: 'failed', message: 'subscription not found' });
    }

    // `url` lets a client pull a one-off variant of the subscription (e.g. a mirror link).
    const url = req.query.url || sub.url;
    try {
        const { body, flow } = await downloadWithFlow(url, req.query.ua || sub.ua);
        const proxies = ProxyUtils.parse(body);
        const processed = await ProxyUtils.process(proxies, sub.process || []);
        const output = ProxyUtils.produce(processed, platform);
        if (flow) res.set('subscription-userinfo', flow);
        res.set('Content-Type', 'text/plain; charset=utf-8');
        res.send(output);
    } catch (err) {
        $.error(`download failed: ${err.message}`);
        res.status(500).json({ status: 'failed', message: 'failed to produce subscription' });
    }
}

module.exports = register;
