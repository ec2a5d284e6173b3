// library: koa (query helpers shared by the routers)
const escapeHtml = require('escape-html');

function q(ctx, name, def) {
  const v = ctx.query[name];
  if (Array.isArray(v)) return v[0];
  return v ?? def;
}

function oneOf(value, allowed, def) {
  return allowed.includes(value) ? value : def;
}

module.exports = { q, oneOf, escapeHtml };
