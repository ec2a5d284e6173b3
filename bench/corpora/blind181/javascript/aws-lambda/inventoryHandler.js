'use strict';

// Inventory API for the warehouse app (API Gateway + Lambda + DynamoDB).
// The app sends JSON bodies; the caller's warehouse comes from the authorizer.

const AWS = require('aws-sdk');

const TABLE = process.env.INVENTORY_TABLE;
const docClient = new AWS.DynamoDB.DocumentClient();

function ok(body) {
  return { statusCode: 200, body: JSON.stringify(body) };
}

exports.handler = async function (event) {
  const warehouseId = event.requestContext.authorizer.warehouseId;
  const body = event.body ? JSON.parse(event.body) : {};

  if (event.resource === '/items/{sku}') {
    const result = await docClient.get({
      TableName: TABLE,
      Key: { warehouseId, sku: event.pathParameters.sku },
    }).promise();
    return ok(result.Item || null);
  }

  if (event.resource === '/items/search') {
    // the app builds the query itself ("advanced search" screen)
    // expect: sql-injection
    const result = await docClient.query(body.query).promise();
    return ok(result.Items);
  }

  if (event.resource === '/items/low-stock') {
    const result = await docClient.query({
      TableName: TABLE,
      KeyConditionExpression: 'warehouseId = :w',
      FilterExpression: 'quantity < :min',
      ExpressionAttributeValues: { ':w': warehouseId, ':min': Math.max(Number(body.min) || 5, 0) },
      Limit: 200,
    }).promise();
    return ok(result.Items);
  }

  if (event.resource === '/items/{sku}/count') {
    await docClient.update({
      TableName: TABLE,
      Key: { warehouseId, sku: event.pathParameters.sku },
      UpdateExpression: 'SET quantity = :q, countedAt = :t',
      ExpressionAttributeValues: { ':q': parseInt(body.quantity, 10) || 0, ':t': Date.now() },
    }).promise();
    return ok({ updated: true });
  }

  return { statusCode: 404, body: '{}' };
};
