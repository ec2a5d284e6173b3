const { Sequelize, QueryTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });

exports.handler = async function (event) {
  const params = event.queryStringParameters || {};
  // expect: sql-injection
  const rows = await sequelize.query(`SELECT * FROM reports WHERE owner = '${params.owner}'`, {
    type: QueryTypes.SELECT,
  });
  const body = JSON.parse(event.body || '{}');
  // expect: sql-injection
  await sequelize.query("UPDATE reports SET title = '" + body.title + "' WHERE id = " + body.id);
  const sort = event.pathParameters.sort;
  const sql = 'SELECT id, title FROM reports ORDER BY ' + sort;
  // expect: sql-injection
  const sorted = await sequelize.query(sql, { type: QueryTypes.SELECT });
  // expect: sql-injection
  const tagged = await sequelize.query(
    'SELECT * FROM reports WHERE tag IN (' + params.tags + ')',
    { type: QueryTypes.SELECT },
  );
  const mine = await sequelize.query('SELECT * FROM reports WHERE owner = ?', {
    replacements: [params.owner],
    type: QueryTypes.SELECT,
  });
  const recent = await sequelize.query('SELECT * FROM reports WHERE created_at > $since', {
    bind: { since: params.since },
    type: QueryTypes.SELECT,
  });
  const total = await sequelize.query('SELECT count(*) AS n FROM reports', { type: QueryTypes.SELECT });
  return { statusCode: 200, body: JSON.stringify({ rows, sorted, tagged, mine, recent, total }) };
};
