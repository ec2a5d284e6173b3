const $ = require('../core/app');
const { ProxyUtils } = require('../core/proxy-utils');
const { build } = require('../core/proxy-utils/processors');
const { download } = require('../utils/download');

function register($app) {
    $app.post('/api/preview/sub', previewSubscription);
}

async function applyProcessors(proxies, items, platform) {
    let current = proxies;
    for (const item of items) {
        if (item.disabled) continue;
        const processor = build(item, platform);
        const result = await processor.func(current);
        current = Array.isArray(result) && typeof result[0] === 'boolean'
            ? current.filter((_, i) => result[i])
            : result;
    }
    return current;
}

/**
 * The editor previews a subscription with the processors being edited, before saving:
 * { url | content, process: [{ type, args }], target }.
 */
async function previewSubscription(req, res) {
    const { url, content, process = [], target = 'JSON' } = req.body || {};
    if (!Array.isArray(process) || process.length > 50) {
        return res.status(400).json({ status: 'failed', message: 'invalid process list' });
    }
    try {
        const raw = content || (await download(url));
        const original = ProxyUtils.parse(raw);
        const processed = await applyProcessors(original, process, target);
        res.json({
            status: 'success',
            data: { original: original.length, processed: processed.slice(0, 500) },
        });
    } catch (err) {
        res.status(500).json({ status: 'failed', message: `preview failed: ${err.message}` });
    }
}

module.exports = register;
