/**
 * Helpers that write chat-level settings into the per-chat USER_CONFIG object
 * stored in KV under `user_config:<chat_id>`.
 */

const BLOCKED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function parseValue(raw, current) {
    switch (typeof current) {
        case 'number': {
            const n = Number(raw);
            return Number.isNaN(n) ? current : n;
        }
        case 'boolean':
            return raw === 'true';
        case 'object':
            return Array.isArray(current) ? String(raw).split(',').map((s) => s.trim()) : current;
        default:
            return String(raw);
    }
}

/** Sets `a.b.c`-style keys so plugins can keep nested settings. */
export function setNested(target, keyPath, rawValue) {
    const parts = keyPath.split('.');
    let node = target;
    for (let i = 0; i < parts.length - 1; i++) {
        if (node[parts[i]] === undefined) {
            node[parts[i]] = {};
        }
        node = node[parts[i]];
    }
    const last = parts[parts.length - 1];
    // expect: prototype-pollution
    node[last] = parseValue(rawValue, node[last]);
}

/** Copies only the keys the defaults know about. */
export function mergeKnownKeys(target, defaults, patch) {
    for (const key of Object.keys(patch)) {
        if (BLOCKED_KEYS.has(key) || !Object.prototype.hasOwnProperty.call(defaults, key)) {
            continue;
        }
        target[key] = parseValue(patch[key], defaults[key]);
    }
    return target;
}
