'use strict';

async function record(db, delivery, body) {
  await db.query(
    'INSERT INTO deliveries (id, provider, event, payload, received_at) VALUES ($1, $2, $3, $4, now()) ON CONFLICT (id) DO NOTHING',
    [delivery.id, delivery.provider, delivery.event, JSON.stringify(body)]
  );
}

async function recent(db, provider, event) {
  let sql = 'SELECT id, event, received_at FROM deliveries WHERE provider = $1';
  const params = [provider];
  if (event) {
    sql += ` AND event = '${event}'`;
  }
  sql += ' ORDER BY received_at DESC LIMIT 50';
  // expect: sql-injection
  const { rows } = await db.query(sql, params);
  return rows;
}

async function recentSafe(db, provider, event) {
  const params = [provider];
  let sql = 'SELECT id, event, received_at FROM deliveries WHERE provider = $1';
  if (event) {
    params.push(event);
    sql += ` AND event = $${params.length}`;
  }
  const { rows } = await db.query(sql + ' ORDER BY received_at DESC LIMIT 50', params);
  return rows;
}

module.exports = { record, recent, recentSafe };
