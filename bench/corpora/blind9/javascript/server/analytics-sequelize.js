// library: sequelize
const { QueryTypes, Sequelize } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });

async function visitsFor(page) {
  return sequelize.query('SELECT day, count FROM visits WHERE page = :page', {
    replacements: { page },
    type: QueryTypes.SELECT,
  });
}

async function visitsSince(day) {
  // expect: sql-injection
  return sequelize.query(`SELECT page, sum(count) FROM visits WHERE day >= '${day}' GROUP BY page`, { type: QueryTypes.SELECT });
}

async function topReferrers(domain, limit) {
  return sequelize.query('SELECT referrer, count(*) FROM visits WHERE domain = $1 GROUP BY referrer LIMIT $2', {
    bind: [domain, limit],
    type: QueryTypes.SELECT,
  });
}

async function deletePage(page) {
  // expect: sql-injection
  await sequelize.query("DELETE FROM visits WHERE page = '" + page + "'");
}

module.exports = { visitsFor, visitsSince, topReferrers, deletePage };
