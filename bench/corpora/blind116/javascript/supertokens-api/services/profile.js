const mysql = require('mysql2/promise');

const pool = mysql.createPool(process.env.MYSQL_URL);

async function createProfile(userId, company, plan) {
  // expect: sql-injection
  await pool.query(`INSERT INTO profiles (user_id, company, plan) VALUES ('${userId}', '${company}', '${plan}')`);
}

async function createProfileSafe(userId, company, plan) {
  await pool.query('INSERT INTO profiles (user_id, company, plan) VALUES (?, ?, ?)', [userId, company, plan]);
}

async function findByCompany(company) {
  const [rows] = await pool.execute('SELECT user_id FROM profiles WHERE company = ?', [company]);
  return rows;
}

module.exports = { createProfile, createProfileSafe, findByCompany };
