// koa-wiki: input helpers
function input(ctx, name, def) {
  const v = ctx.query[name] !== undefined ? ctx.query[name] : (ctx.request.body || {})[name];
  return v === undefined ? def : v;
}

function slug(value) {
  return String(value || '').toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 80);
}

function esc(value) {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function positiveInt(value, def) {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : def;
}

function list(value) {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string' && value) return value.split(',');
  return [];
}

function bool(value) {
  return value === 'true' || value === '1';
}

module.exports = { input, slug, esc, positiveInt, list, bool };
