'use strict';

// Lambda behind API Gateway: order lookups for the support console.
const AWS = require('aws-sdk');
const { DynamoDBClient, QueryCommand } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocumentClient, GetCommand } = require('@aws-sdk/lib-dynamodb');

const TABLE = process.env.ORDERS_TABLE;
const docClient = new AWS.DynamoDB.DocumentClient({ region: process.env.AWS_REGION });
const legacy = new AWS.DynamoDB({ apiVersion: '2012-08-10' });
const raw = new DynamoDBClient({});
const ddb = DynamoDBDocumentClient.from(raw);

function parseBody(event) {
  return typeof event.body === 'string' ? JSON.parse(event.body) : event.body || {};
}

async function lookup(event, context) {
  const body = parseBody(event);

  if (body.mode === 'query') {
    // expect: nosql-injection
    const out = await docClient.query(body.params).promise();
    return { statusCode: 200, body: JSON.stringify(out.Items) };
  }

  if (body.mode === 'scan') {
    const scanParams = body.scan;
    scanParams.TableName = TABLE;
    // expect: nosql-injection
    const out = await legacy.scan(scanParams).promise();
    return { statusCode: 200, body: JSON.stringify(out.Items) };
  }

  if (body.mode === 'purge') {
    // expect: nosql-injection
    await docClient.delete(event.queryStringParameters).promise();
    return { statusCode: 204, body: '' };
  }

  if (body.mode === 'raw') {
    const cmd = new QueryCommand(body.command);
    // expect: nosql-injection
    const out = await ddb.send(cmd);
    return { statusCode: 200, body: JSON.stringify(out.Items) };
  }

  if (body.mode === 'byCustomer') {
    const out = await docClient.query({
      TableName: TABLE,
      KeyConditionExpression: 'customerId = :c',
      ExpressionAttributeValues: { ':c': String(body.customerId) },
      Limit: 50,
    }).promise();
    return { statusCode: 200, body: JSON.stringify(out.Items) };
  }

  const item = await ddb.send(new GetCommand({ TableName: TABLE, Key: { orderId: String(body.orderId) } }));
  return { statusCode: item.Item ? 200 : 404, body: JSON.stringify(item.Item || null) };
}

exports.handler = lookup;
