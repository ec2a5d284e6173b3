import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
import { DynamoDBClient, ExecuteStatementCommand } from '@aws-sdk/client-dynamodb';
import { execSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import mysql from 'mysql2/promise';

const s3 = new S3Client({});
const ddb = new DynamoDBClient({});
const REGIONS = new Set(['eu', 'us', 'apac']);

export const report = async (event) => {
  const { region = 'eu', from } = event.queryStringParameters ?? {};
  const conn = await mysql.createConnection(process.env.MYSQL_URL);
  // expect: sql-injection
  const [rows] = await conn.query(`SELECT day, total FROM sales WHERE region = '${region}' AND day >= '${from}'`);
  await conn.end();
  return { statusCode: 200, body: JSON.stringify(rows) };
};

export const reportSafe = async (event) => {
  const { region = 'eu' } = event.queryStringParameters ?? {};
  if (!REGIONS.has(region)) return { statusCode: 400, body: 'bad region' };
  const conn = await mysql.createConnection(process.env.MYSQL_URL);
  const [rows] = await conn.execute('SELECT day, total FROM sales WHERE region = ?', [region]);
  await conn.end();
  return { statusCode: 200, body: JSON.stringify(rows) };
};

export const partiql = async (event) => {
  const body = JSON.parse(event.body);
  const stmt = "SELECT * FROM Orders WHERE customer = '" + body.customer + "'";
  // expect: sql-injection
  const out = await ddb.send(new ExecuteStatementCommand({ Statement: stmt }));
  return { statusCode: 200, body: JSON.stringify(out.Items) };
};

export const thumbnail = async (event) => {
  const key = event.pathParameters.key;
  const size = event.queryStringParameters?.size ?? '200x200';
  // expect: command-injection
  execSync(`convert /tmp/${key} -resize ${size} /tmp/thumb.jpg`);
  return { statusCode: 200, body: (await readFile('/tmp/thumb.jpg')).toString('base64'), isBase64Encoded: true };
};

export const page = async (event) => {
  const name = event.queryStringParameters?.name ?? '';
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'text/html' },
    // expect: xss
    body: `<html><body>Hello ${name}</body></html>`,
  };
};

export const fetchObject = async (event) => {
  const obj = await s3.send(new GetObjectCommand({ Bucket: process.env.BUCKET, Key: event.pathParameters.key }));
  return { statusCode: 200, body: await obj.Body.transformToString() };
};
