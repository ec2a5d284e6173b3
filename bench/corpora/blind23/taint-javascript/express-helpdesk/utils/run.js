// express-helpdesk: database and shell wrappers
const { Pool } = require('pg');
const { exec, execFile } = require('child_process');
const { promisify } = require('util');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const execP = promisify(exec);
const execFileP = promisify(execFile);

async function runSql(sql, params = []) {
  const { rows } = await pool.query(sql, params);
  return rows;
}

async function shell(line) {
  const { stdout } = await execP(line, { timeout: 30000 });
  return stdout;
}

async function program(file, args) {
  const { stdout } = await execFileP(file, args, { timeout: 30000 });
  return stdout;
}

async function withTx(fn) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const out = await fn(client);
    await client.query('COMMIT');
    return out;
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  } finally {
    client.release();
  }
}

module.exports = { runSql, shell, program, withTx, pool };
