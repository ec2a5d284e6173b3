const { QueryTypes } = require('sequelize');
const db = require('../models');

async function userByEmail(email) {
  // expect: sql-injection
  const [rows] = await db.sequelize.query(`SELECT * FROM users WHERE email = '${email}'`);
  return rows[0];
}

async function orgActivity(orgId, days) {
  const sql = `SELECT action, COUNT(*) AS n FROM audit_log WHERE org_id = ${orgId} AND created_at > now() - interval '${days} days' GROUP BY action`;
  // expect: sql-injection
  return db.sequelize.query(sql, { type: QueryTypes.SELECT });
}

async function purgeSessions(userId) {
  // expect: sql-injection
  await db.sequelize.query('DELETE FROM sessions WHERE user_id = ' + userId);
}

async function userByEmailSafe(email) {
  return db.sequelize.query('SELECT * FROM users WHERE email = :email', {
    replacements: { email },
    type: QueryTypes.SELECT,
  });
}

async function orgMembers(orgId) {
  return db.sequelize.query('SELECT id, name FROM users WHERE org_id = $1', { bind: [orgId], type: QueryTypes.SELECT });
}

async function tableSizes() {
  return db.sequelize.query(`SELECT relname, n_live_tup FROM pg_stat_user_tables`, { type: QueryTypes.SELECT });
}

module.exports = { userByEmail, orgActivity, purgeSessions, userByEmailSafe, orgMembers, tableSizes };
