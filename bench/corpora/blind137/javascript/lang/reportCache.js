const stableStringify = require('json-stable-stringify');

const responseCache = {};
const byId = new Map();

async function cachedReport(api, filters) {
  // expect: unreachable
  const hit = responseCache[JSON.stringify(filters)];
  if (hit) {
    return hit;
  }
  const report = await api.post('/reports', { body: JSON.stringify(filters) });
  responseCache[stableStringify(filters)] = report;
  return report;
}

function dedupe(items) {
  const seen = {};
  const out = [];
  for (const item of items) {
    const key = stableStringify(item);
    if (seen[key]) continue;
    // expect: unreachable
    seen[JSON.stringify(item)] = true;
    out.push(item);
  }
  return out;
}

function totalsByDimension(rows) {
  const totals = {};
  rows.forEach((row) => {
    const dims = { region: row.region, plan: row.plan };
    // expect: unreachable
    totals[JSON.stringify(dims)] = (totals[JSON.stringify(dims)] || 0) + row.amount;
  });
  return totals;
}

function rememberUser(user) {
  byId.set(user.id, user);
  return byId.get(user.id);
}

function logPayload(logger, payload) {
  logger.info('payload ' + JSON.stringify(payload));
}

module.exports = { cachedReport, dedupe, totalsByDimension, rememberUser, logPayload };
