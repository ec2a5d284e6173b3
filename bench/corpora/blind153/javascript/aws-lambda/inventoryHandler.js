'use strict';

const AWS = require('aws-sdk');

const docClient = new AWS.DocumentClient({ region: process.env.AWS_REGION });
const TABLE = process.env.INVENTORY_TABLE || 'inventory';

function json(statusCode, body) {
  return {
    statusCode,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  };
}

async function handle(event, context) {
  const route = event.routeKey || '';
  console.log('inventory request', route, context.awsRequestId);

  if (route === 'POST /items/search') {
    const params = JSON.parse(event.body || '{}');
    // expect: sql-injection
    const found = await docClient.query(params).promise();
    return json(200, found.Items);
  }

  if (route === 'GET /items') {
    const filter = event.queryStringParameters || {};
    // expect: sql-injection
    const page = await docClient.scan({ TableName: TABLE, ...filter }).promise();
    return json(200, page.Items);
  }

  if (route === 'GET /items/{sku}') {
    const sku = event.pathParameters.sku;
    const item = await docClient.query({
      TableName: TABLE,
      KeyConditionExpression: 'sku = :sku',
      ExpressionAttributeValues: { ':sku': String(sku) },
    }).promise();
    return json(200, item.Items[0] || null);
  }

  if (route === 'DELETE /items') {
    const request = JSON.parse(event.body || '{}');
    // expect: sql-injection
    await docClient.delete(request.deleteSpec).promise();
    return json(204, {});
  }

  if (route === 'PUT /items/{sku}') {
    const body = JSON.parse(event.body || '{}');
    await docClient.put({
      TableName: TABLE,
      Item: { sku: event.pathParameters.sku, qty: Number(body.qty) || 0, updatedAt: Date.now() },
    }).promise();
    return json(200, { ok: true });
  }

  const recent = await docClient.scan({ TableName: TABLE, Limit: 25 }).promise();
  return json(200, recent.Items);
}

exports.handler = handle;
