'use strict';

const MAP = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** HTML-escapes text for element content and double- or single-quoted attributes. */
function escapeHtml(value) {
    return String(value == null ? '' : value).replace(/[&<>"']/g, ch => MAP[ch]);
}

/** Keeps a chart title readable in a file name. */
function slugify(value) {
    return String(value || '')
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60);
}

/** Deep-merges plain objects; keys that would reach a prototype are skipped. */
function mergeMetadata(target, source) {
    for (const key of Object.keys(source || {})) {
        if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
        const value = source[key];
        if (value && typeof value === 'object' && !Array.isArray(value)) {
            if (!target[key] || typeof target[key] !== 'object') target[key] = {};
            mergeMetadata(target[key], value);
        } else {
            target[key] = value;
        }
    }
    return target;
}

module.exports = { escapeHtml, slugify, mergeMetadata };
