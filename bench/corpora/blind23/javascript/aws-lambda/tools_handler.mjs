// aws-lambda: admin tools function (image resize, rule evaluation, exports)
import { execSync, execFileSync } from 'node:child_process';
import vm from 'node:vm';
import knexFactory from 'knex';
import { Sequelize, QueryTypes } from 'sequelize';

const knex = knexFactory({ client: 'pg', connection: process.env.PG_URL });
const sequelize = new Sequelize(process.env.PG_URL, { logging: false });

export const resize = async (event) => {
  const { key, width } = JSON.parse(event.body);
  // expect: command-injection
  execSync(`convert /tmp/${key} -resize ${width} /tmp/out-${key}`);
  execFileSync('convert', [`/tmp/${key}`, '-resize', String(Number(width)), `/tmp/out.png`]);
  return { statusCode: 204 };
};

export const evaluateRule = async (event) => {
  const rule = event.queryStringParameters.rule;
  const ctx = vm.createContext({ amount: Number(event.queryStringParameters.amount) });
  // expect: code-injection
  const allowed = vm.runInContext(rule, ctx);
  return { statusCode: 200, body: JSON.stringify({ allowed }) };
};

export const evaluateFixed = async (event) => {
  const ctx = vm.createContext({ amount: Number(event.queryStringParameters.amount) });
  const allowed = vm.runInContext('amount < 1000', ctx);
  return { statusCode: 200, body: JSON.stringify({ allowed }) };
};

export const calc = async (event) => {
  // expect: code-injection
  const result = eval(event.body);
  return { statusCode: 200, body: String(result) };
};

export const exportRows = async (event) => {
  const table = event.pathParameters.table;
  // expect: sql-injection
  const rows = await knex.raw(`SELECT * FROM ${table} LIMIT 1000`);
  return { statusCode: 200, body: JSON.stringify(rows.rows) };
};

export const exportRowsSafe = async (event) => {
  const rows = await knex.raw('SELECT * FROM ?? LIMIT 1000', [event.pathParameters.table === 'audit' ? 'audit' : 'events']);
  return { statusCode: 200, body: JSON.stringify(rows.rows) };
};

export const audit = async (event) => {
  const user = event.queryStringParameters.user;
  // expect: sql-injection
  const rows = await sequelize.query("SELECT * FROM audit WHERE actor = '" + user + "'", { type: QueryTypes.SELECT });
  const safe = await sequelize.query('SELECT * FROM audit WHERE actor = ?', { replacements: [user], type: QueryTypes.SELECT });
  return { statusCode: 200, body: JSON.stringify({ rows, safe }) };
};
