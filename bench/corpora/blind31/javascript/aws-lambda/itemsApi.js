'use strict';

const AWS = require('aws-sdk');
const { DynamoDBClient, ScanCommand } = require('@aws-sdk/client-dynamodb');

const TABLE = process.env.ITEMS_TABLE;
const docClient = new AWS.DynamoDB.DocumentClient({ convertEmptyValues: true });
const lowLevel = new DynamoDBClient({ region: process.env.AWS_REGION });

function json(statusCode, payload) {
  return { statusCode, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) };
}

async function route(event) {
  const method = event.requestContext.http.method;

  if (method === 'POST' && event.rawPath === '/items/search') {
    const params = JSON.parse(event.body);
    params.TableName = TABLE;
    // expect: nosql-injection
    const found = await docClient.query(params).promise();
    return json(200, found.Items);
  }

  if (method === 'POST' && event.rawPath === '/items/scan') {
    // expect: nosql-injection
    const out = await lowLevel.send(new ScanCommand(JSON.parse(event.body)));
    return json(200, out.Items);
  }

  if (method === 'DELETE') {
    const request = JSON.parse(event.body || '{}');
    // expect: nosql-injection
    await docClient.delete({ ...request, TableName: TABLE }).promise();
    return json(204, {});
  }

  if (method === 'PUT') {
    const update = JSON.parse(event.body).update;
    // expect: nosql-injection
    return docClient.update(Object.assign(update, { TableName: TABLE })).promise().then(() => json(200, { ok: true }));
  }

  if (method === 'GET' && event.pathParameters && event.pathParameters.id) {
    const item = await docClient.get({ TableName: TABLE, Key: { id: event.pathParameters.id } }).promise();
    return item.Item ? json(200, item.Item) : json(404, { error: 'not found' });
  }

  const owner = event.requestContext.authorizer.jwt.claims.sub;
  const mine = await docClient
    .query({
      TableName: TABLE,
      KeyConditionExpression: 'ownerId = :owner',
      ExpressionAttributeValues: { ':owner': owner },
      Limit: 50,
    })
    .promise();
  return json(200, mine.Items);
}

exports.handler = route;
