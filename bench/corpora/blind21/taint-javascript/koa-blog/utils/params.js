// koa-blog/utils/params.js: reading query and body values from a Koa context
'use strict';

/** The raw query or body value, or the default. */
function input(ctx, name, def) {
  const q = ctx.query[name];
  if (q !== undefined) return q;
  const b = ctx.request.body && ctx.request.body[name];
  return b !== undefined ? b : def;
}

/** A positive integer or the default. */
function positiveInt(ctx, name, def) {
  const n = Number(input(ctx, name, def));
  return Number.isInteger(n) && n > 0 ? n : def;
}

/** A slug made of lower-case letters, digits and hyphens, or null. */
function slug(ctx, name) {
  const v = input(ctx, name, '');
  return typeof v === 'string' && /^[a-z0-9-]{1,80}$/.test(v) ? v : null;
}

/** HTML-escapes a value for a text node or a quoted attribute. */
function esc(v) {
  return String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A list from a comma-separated query value or a JSON array body value. */
function list(ctx, name) {
  const v = input(ctx, name, []);
  if (Array.isArray(v)) return v.map(String);
  return String(v)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** True for "1", "true" and "on". */
function flag(ctx, name) {
  return ['1', 'true', 'on'].includes(String(input(ctx, name, '')).toLowerCase());
}

module.exports = { input, positiveInt, slug, esc, list, flag };
