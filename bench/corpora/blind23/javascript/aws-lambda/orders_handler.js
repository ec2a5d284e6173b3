// aws-lambda: orders API behind API Gateway (proxy integration)
const mysql = require('mysql2/promise');
const { Client } = require('pg');
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocumentClient, QueryCommand, ScanCommand } = require('@aws-sdk/lib-dynamodb');

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
let pool;

async function getPool() {
  if (!pool) pool = mysql.createPool({ host: process.env.DB_HOST, user: process.env.DB_USER, password: process.env.DB_PASS, database: 'orders' });
  return pool;
}

exports.listOrders = async (event) => {
  const status = event.queryStringParameters.status;
  const db = await getPool();
  // expect: sql-injection
  const [rows] = await db.query(`SELECT * FROM orders WHERE status = '${status}'`);
  return { statusCode: 200, body: JSON.stringify(rows) };
};

exports.listOrdersSafe = async (event) => {
  const db = await getPool();
  const [rows] = await db.execute('SELECT * FROM orders WHERE status = ?', [event.queryStringParameters.status]);
  return { statusCode: 200, body: JSON.stringify(rows) };
};

exports.customerTotals = async (event) => {
  const { customerId } = JSON.parse(event.body);
  const client = new Client();
  await client.connect();
  // expect: sql-injection
  const res = await client.query('SELECT SUM(total) FROM orders WHERE customer_id = ' + customerId);
  await client.end();
  return { statusCode: 200, body: JSON.stringify(res.rows[0]) };
};

exports.history = async (event) => {
  const params = JSON.parse(event.body);
  // expect: nosql-injection
  const out = await ddb.send(new ScanCommand(params));
  return { statusCode: 200, body: JSON.stringify(out.Items) };
};

exports.historySafe = async (event) => {
  const customerId = event.pathParameters.id;
  const out = await ddb.send(new QueryCommand({
    TableName: process.env.TABLE,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': `CUSTOMER#${customerId}` },
  }));
  return { statusCode: 200, body: JSON.stringify(out.Items) };
};

exports.receipt = async (event) => {
  const name = event.queryStringParameters.name;
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'text/html' },
    // expect: xss
    body: `<html><body><h1>Thanks, ${name}!</h1></body></html>`,
  };
};
