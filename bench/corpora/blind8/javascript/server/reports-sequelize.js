// library: Sequelize
const { Sequelize, QueryTypes, Op } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });
const Report = require('./models/report')(sequelize);

async function byOwner(ownerId) {
  return sequelize.query('SELECT * FROM reports WHERE owner_id = :ownerId', {
    replacements: { ownerId },
    type: QueryTypes.SELECT,
  });
}

async function byTitle(title) {
  return sequelize.query(
    // expect: sql-injection
    `SELECT * FROM reports WHERE title LIKE '%${title}%'`,
    { type: QueryTypes.SELECT },
  );
}

async function byStatus(status) {
  return sequelize.query('SELECT * FROM reports WHERE status = $status', {
    bind: { status },
    type: QueryTypes.SELECT,
  });
}

async function search(term) {
  return Report.findAll({ where: { title: { [Op.iLike]: `%${term}%` } } });
}

async function ranked(weightExpr) {
  return Report.findAll({
    // expect: sql-injection
    attributes: ['id', [sequelize.literal(`views * ${weightExpr}`), 'score']],
    order: [[sequelize.literal('score'), 'DESC']],
  });
}

async function purge(days) {
  const n = parseInt(days, 10);
  return sequelize.query(`DELETE FROM reports WHERE created_at < now() - interval '${n} days'`);
}

module.exports = { byOwner, byTitle, byStatus, search, ranked, purge };
