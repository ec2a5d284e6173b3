import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
import mysql from 'mysql';
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const s3 = new S3Client({});
const conn = mysql.createConnection({ host: process.env.DB_HOST, user: 'lambda', database: 'app' });

export const getUser = async (event) => {
  const id = event.pathParameters.id;
  return new Promise((resolve) => {
    // expect: sql-injection
    conn.query('SELECT id, email FROM users WHERE id = ' + id, (err, rows) => {
      resolve({ statusCode: err ? 500 : 200, body: JSON.stringify(rows) });
    });
  });
};

export const getUserSafe = async (event) => {
  const id = event.pathParameters.id;
  return new Promise((resolve) => {
    conn.query('SELECT id, email FROM users WHERE id = ?', [id], (err, rows) => {
      resolve({ statusCode: err ? 500 : 200, body: JSON.stringify(rows) });
    });
  });
};

export const byEmail = async (event) => {
  const { email } = JSON.parse(event.body);
  const sql = 'SELECT id FROM users WHERE email = ' + mysql.escape(email);
  return new Promise((resolve) => conn.query(sql, (err, rows) => resolve({ statusCode: 200, body: JSON.stringify(rows) })));
};

export const unzip = async (event) => {
  const key = decodeURIComponent(event.Records[0].s3.object.key.replace(/\+/g, ' '));
  // expect: command-injection
  execSync(`unzip -o /tmp/${key} -d /tmp/out`);
  return { ok: true };
};

export const welcome = async (event) => {
  const name = event.queryStringParameters?.name ?? 'there';
  return {
    statusCode: 200,
    headers: { 'content-type': 'text/html' },
    // expect: xss
    body: `<h1>Hi ${name}</h1>`,
  };
};

export const welcomeJson = async (event) => ({
  statusCode: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ hi: event.queryStringParameters?.name }),
});

export const readTemplate = async (event) => {
  const file = event.queryStringParameters.file;
  // expect: path-traversal
  const body = readFileSync(`/opt/templates/${file}`, 'utf8');
  return { statusCode: 200, body };
};

export const fetchObject = async (event) => {
  const obj = await s3.send(new GetObjectCommand({ Bucket: 'public-assets', Key: event.queryStringParameters.key }));
  return { statusCode: 200, body: await obj.Body.transformToString() };
};
