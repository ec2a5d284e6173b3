// library: sequelize (sequelize.query / literal)
const { Sequelize, QueryTypes, Op } = require('sequelize');
const { User } = require('./models');

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });

async function usersByRole(role) {
  // expect: sql-injection
  return sequelize.query(`SELECT * FROM users WHERE role = '${role}'`, { type: QueryTypes.SELECT });
}

async function usersByRoleSafe(role) {
  return sequelize.query('SELECT * FROM users WHERE role = :role', { replacements: { role }, type: QueryTypes.SELECT });
}

async function usersByRoleBind(role) {
  return sequelize.query('SELECT * FROM users WHERE role = $1', { bind: [role], type: QueryTypes.SELECT });
}

async function usersNamed(prefix) {
  // expect: sql-injection
  return User.findAll({ where: sequelize.literal("name LIKE '" + prefix + "%'") });
}

async function usersNamedSafe(prefix) {
  return User.findAll({ where: { name: { [Op.startsWith]: prefix } } });
}

async function deactivate(emails) {
  // expect: sql-injection
  await sequelize.query('UPDATE users SET active = false WHERE email IN (' + emails.map((e) => `'${e}'`).join(',') + ')');
}

module.exports = { usersByRole, usersByRoleSafe, usersByRoleBind, usersNamed, usersNamedSafe, deactivate };
