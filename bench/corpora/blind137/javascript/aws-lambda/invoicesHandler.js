const { Sequelize, QueryTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres', logging: false });
const SORTABLE = { date: 'issued_at', total: 'total_cents' };

function respond(statusCode, body) {
  return { statusCode, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}

exports.handler = async function (event, context) {
  const body = event.body ? JSON.parse(event.body) : {};

  if (event.httpMethod === 'GET' && event.resource === '/customers/{customerId}/invoices') {
    // expect: sql-injection
    const rows = await sequelize.query(`SELECT id, number, total_cents FROM invoices WHERE customer_id = ${event.pathParameters.customerId}`, { type: QueryTypes.SELECT });
    return respond(200, rows);
  }

  if (event.httpMethod === 'POST' && event.resource === '/invoices/{id}/status') {
    // expect: sql-injection
    await sequelize.query("UPDATE invoices SET status = '" + body.status + "' WHERE id = " + event.pathParameters.id);
    return respond(204, {});
  }

  if (event.httpMethod === 'GET' && event.resource === '/invoices/search') {
    const term = event.queryStringParameters.q;
    const sql = `SELECT id, number FROM invoices WHERE notes ILIKE '%${term}%' LIMIT 50`;
    // expect: sql-injection
    const found = await sequelize.query(sql, { type: QueryTypes.SELECT });
    return respond(200, found);
  }

  if (event.httpMethod === 'GET' && event.resource === '/invoices/{id}') {
    const rows = await sequelize.query('SELECT * FROM invoices WHERE id = ?', { replacements: [event.pathParameters.id], type: QueryTypes.SELECT });
    return rows.length ? respond(200, rows[0]) : respond(404, { error: 'not found' });
  }

  if (event.httpMethod === 'GET' && event.resource === '/invoices') {
    const column = SORTABLE[event.queryStringParameters.sort] || 'issued_at';
    const rows = await sequelize.query('SELECT id, number FROM invoices WHERE tenant_id = $tenant ORDER BY ' + column + ' DESC', { bind: { tenant: context.identity.tenantId }, type: QueryTypes.SELECT });
    return respond(200, rows);
  }

  return respond(404, { error: 'no route' });
};
