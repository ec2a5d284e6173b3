const crypto = require('crypto');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function byApiKey(key) {
  const digest = crypto.createHash('sha256').update(key).digest('hex');
  const { rows } = await pool.query('SELECT id, name, storage_prefix FROM accounts WHERE api_key_sha256 = $1', [digest]);
  return rows[0] || null;
}

async function loadAccount(ctx, next) {
  const key = ctx.get('x-api-key');
  const account = key ? await byApiKey(key) : null;
  if (!account) {
    ctx.throw(401, 'api key required');
  }
  ctx.state.account = account;
  await next();
}

// Clients pick a resize preset once per request; the handlers read it from ctx.state.
async function rememberPreset(ctx, next) {
  ctx.state.preset = ctx.query.preset || ctx.get('x-preset') || 'medium';
  ctx.state.watermark = ctx.query.watermark;
  await next();
}

module.exports = { loadAccount, rememberPreset };
