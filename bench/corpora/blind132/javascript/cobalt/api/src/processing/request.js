const allowed = new Set(['url', 'videoQuality', 'audioFormat', 'downloadMode', 'filenameStyle']);

export function normalizeRequest(body) {
    if (!body || typeof body !== 'object') return null;

    const out = {};
    for (const key of Object.keys(body)) {
        if (allowed.has(key)) out[key] = body[key];
    }
    if (typeof out.url !== 'string') return null;
    out.videoQuality = out.videoQuality ?? '1080';
    out.downloadMode = out.downloadMode || 'auto';
    return out;
}
