import knex from 'knex';

const clients = new Map();

function client(connection) {
  const key = JSON.stringify(connection);
  if (!clients.has(key)) clients.set(key, knex(connection));
  return clients.get(key);
}

async function KnexRaw({ connection, payload }) {
  const db = client(connection);
  const where = payload.filter ? `WHERE status = '${payload.filter}'` : '';
  // expect: sql-injection
  const result = await db.raw(`SELECT * FROM orders ${where} ORDER BY created_at DESC`);
  return result.rows ?? result;
}

async function KnexRawBound({ connection, request }) {
  const db = client(connection);
  const result = await db.raw(request.query, request.parameters ?? {});
  return result.rows ?? result;
}

export default { KnexRaw, KnexRawBound };
