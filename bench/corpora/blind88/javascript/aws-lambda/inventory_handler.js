'use strict';

const AWS = require('aws-sdk');

const docClient = new AWS.DynamoDB.DocumentClient({ convertEmptyValues: true });
const dynamo = new AWS.DynamoDB({ apiVersion: '2012-08-10' });
const TABLE = process.env.INVENTORY_TABLE;

function respond(statusCode, body) {
  return { statusCode, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}

async function inventoryHandler(event, context) {
  const route = event.routeKey;

  if (route === 'GET /items/{sku}') {
    const { Item } = await docClient.get({ TableName: TABLE, Key: { sku: event.pathParameters.sku } }).promise();
    return respond(Item ? 200 : 404, Item || { error: 'not found' });
  }

  if (route === 'GET /items') {
    const result = await docClient.query({
      TableName: TABLE,
      IndexName: 'byWarehouse',
      KeyConditionExpression: 'warehouse = :w',
      ExpressionAttributeValues: { ':w': event.queryStringParameters.warehouse },
    }).promise();
    return respond(200, result.Items);
  }

  if (route === 'POST /items/search') {
    const searchParams = JSON.parse(event.body);
    // expect: sql-injection
    const result = await docClient.query(searchParams).promise();
    return respond(200, result.Items);
  }

  if (route === 'POST /items/scan') {
    // expect: sql-injection
    const result = await dynamo.scan(JSON.parse(event.body).scanInput).promise();
    return respond(200, result.Items);
  }

  if (route === 'DELETE /items') {
    const payload = JSON.parse(event.body);
    // expect: sql-injection
    await docClient.delete(payload.deleteRequest).promise();
    return respond(204, {});
  }

  if (route === 'GET /items/by-sku') {
    const sku = event.queryStringParameters.sku;
    // expect: sql-injection
    const out = await dynamo.executeStatement({ Statement: `SELECT * FROM "${TABLE}" WHERE sku = '${sku}'` }).promise();
    return respond(200, out.Items);
  }

  if (route === 'GET /items/by-sku-safe') {
    const out = await dynamo.executeStatement({
      Statement: `SELECT * FROM "${TABLE}" WHERE sku = ?`,
      Parameters: [{ S: String(event.queryStringParameters.sku) }],
    }).promise();
    return respond(200, out.Items);
  }

  return respond(404, { error: 'no route', requestId: context.awsRequestId });
}

exports.handler = inventoryHandler;
