'use strict';
const { DynamoDBClient, ExecuteStatementCommand } = require('@aws-sdk/client-dynamodb');
const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3');
const { execFileSync, execSync } = require('child_process');
const mysql = require('mysql');
const https = require('https');

const ddb = new DynamoDBClient({});
const s3 = new S3Client({});
const pool = mysql.createPool(process.env.MYSQL_URL);
const html = (body) => ({ statusCode: 200, headers: { 'Content-Type': 'text/html' }, body });

function query(sql, params) {
  return new Promise((resolve, reject) => pool.query(sql, params, (err, rows) => (err ? reject(err) : resolve(rows))));
}

exports.orders = async (event) => {
  const customer = event.queryStringParameters?.customer ?? '';
  // expect: tainted-sql
  const rows = await query("SELECT * FROM orders WHERE customer = '" + customer + "'");
  return { statusCode: 200, body: JSON.stringify(rows) };
};

exports.ordersSafe = async (event) => {
  const customer = event.queryStringParameters?.customer ?? '';
  const rows = await query('SELECT * FROM orders WHERE customer = ?', [customer]);
  return { statusCode: 200, body: JSON.stringify(rows) };
};

exports.ordersEscaped = async (event) => {
  const customer = mysql.escape(event.queryStringParameters?.customer ?? '');
  const rows = await query('SELECT * FROM orders WHERE customer = ' + customer);
  return { statusCode: 200, body: JSON.stringify(rows) };
};

exports.devices = async (event) => {
  const { owner } = JSON.parse(event.body || '{}');
  // expect: tainted-sql
  const out = await ddb.send(new ExecuteStatementCommand({ Statement: `SELECT * FROM devices WHERE owner = '${owner}'` }));
  return { statusCode: 200, body: JSON.stringify(out.Items) };
};

exports.devicesSafe = async (event) => {
  const { owner } = JSON.parse(event.body || '{}');
  const out = await ddb.send(new ExecuteStatementCommand({ Statement: 'SELECT * FROM devices WHERE owner = ?', Parameters: [{ S: String(owner) }] }));
  return { statusCode: 200, body: JSON.stringify(out.Items) };
};

exports.greeting = async (event) => {
  const name = event.queryStringParameters?.name ?? 'there';
  // expect: tainted-xss
  return html(`<h1>Hello ${name}</h1>`);
};

exports.thumbnail = async (event) => {
  for (const record of event.Records) {
    const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
    const obj = await s3.send(new GetObjectCommand({ Bucket: record.s3.bucket.name, Key: key }));
    await require('fs/promises').writeFile('/tmp/in', await obj.Body.transformToByteArray());
    // expect: tainted-command
    execSync(`convert /tmp/in -thumbnail 200x200 "/tmp/${key}.jpg"`);
    execFileSync('convert', ['/tmp/in', '-thumbnail', '200x200', '/tmp/out.jpg']);
  }
};

exports.webhook = async (event) => {
  const { callback } = JSON.parse(event.body || '{}');
  await new Promise((resolve, reject) => {
    // expect: tainted-ssrf
    https.get(callback, (res) => { res.resume(); res.on('end', resolve); }).on('error', reject);
  });
  return { statusCode: 204 };
};
