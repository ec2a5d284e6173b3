'use strict';

const { Sequelize, QueryTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres', logging: false });

async function handler(event) {
  const { status, assignee } = event.queryStringParameters || {};
  // expect: sql-injection
  const rows = await sequelize.query(`SELECT id, title FROM tickets WHERE status = '${status}' AND assignee = '${assignee}'`, { type: QueryTypes.SELECT });
  return { statusCode: 200, body: JSON.stringify(rows) };
}
exports.handler = handler;

exports.byProject = async function (event) {
  const projectId = event.pathParameters.projectId;
  // expect: sql-injection
  const [rows] = await sequelize.query('SELECT * FROM tickets WHERE project_id = ' + projectId);
  return { statusCode: 200, body: JSON.stringify(rows) };
};

exports.close = async function (event) {
  const body = JSON.parse(event.body);
  const where = `id IN (${body.ids.join(',')})`;
  // expect: sql-injection
  await sequelize.query('UPDATE tickets SET status = \'closed\' WHERE ' + where, { type: QueryTypes.UPDATE });
  return { statusCode: 204 };
};

exports.export = async function (event, context) {
  const { orderBy } = event.queryStringParameters || {};
  const db = sequelize;
  // expect: sql-injection
  const rows = await db.query(`SELECT id, title, created_at FROM tickets ORDER BY ${orderBy}`, { type: QueryTypes.SELECT, raw: true });
  return { statusCode: 200, body: JSON.stringify({ rows, requestId: context.awsRequestId }) };
};

exports.get = async function (event) {
  const rows = await sequelize.query('SELECT id, title FROM tickets WHERE id = :id', { replacements: { id: event.pathParameters.id }, type: QueryTypes.SELECT });
  return { statusCode: 200, body: JSON.stringify(rows[0] || null) };
};

exports.count = async function () {
  const rows = await sequelize.query('SELECT COUNT(*) AS n FROM tickets', { type: QueryTypes.SELECT });
  return { statusCode: 200, body: JSON.stringify(rows[0]) };
};

exports.byStatus = async function (event) {
  const rows = await sequelize.query('SELECT id FROM tickets WHERE status = $1', { bind: [event.queryStringParameters.status], type: QueryTypes.SELECT });
  return { statusCode: 200, body: JSON.stringify(rows) };
};
