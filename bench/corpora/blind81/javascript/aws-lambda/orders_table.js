'use strict';

const AWS = require('aws-sdk');
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocumentClient, QueryCommand, GetCommand } = require('@aws-sdk/lib-dynamodb');

const TABLE = process.env.ORDERS_TABLE || 'orders';

function parseBody(event) {
  return typeof event.body === 'string' ? JSON.parse(event.body) : event.body || {};
}

async function handleOrders(event, context) {
  const docClient = new AWS.DocumentClient({ region: process.env.AWS_REGION });
  const raw = new AWS.DynamoDB({ apiVersion: '2012-08-10' });
  const base = new DynamoDBClient({});
  const ddb = DynamoDBDocumentClient.from(base);
  const body = parseBody(event);

  switch (event.routeKey) {
    case 'POST /orders/search':
      // expect: sql-injection
      return docClient.query(body.params).promise();
    case 'POST /orders/scan':
      // expect: sql-injection
      return raw.scan(event.queryStringParameters).promise();
    case 'PUT /orders':
      // expect: sql-injection
      return docClient.put(body).promise();
    case 'POST /orders/statement':
      // expect: sql-injection
      return raw.executeStatement(body.statement).promise();
    case 'POST /orders/raw-query':
      // expect: sql-injection
      return ddb.send(new QueryCommand(body.query));
    case 'GET /orders/{id}':
      return ddb.send(new GetCommand({ TableName: TABLE, Key: { orderId: event.pathParameters.id } }));
    case 'GET /orders':
      return docClient.query({
        TableName: TABLE,
        KeyConditionExpression: 'customerId = :c',
        ExpressionAttributeValues: { ':c': event.requestContext.authorizer.claims.sub },
        Limit: 50,
      }).promise();
    case 'DELETE /orders/{id}':
      return docClient.delete({ TableName: TABLE, Key: { orderId: String(event.pathParameters.id) } }).promise();
    default:
      context.log && context.log('unknown route');
      return { statusCode: 404 };
  }
}

exports.handler = handleOrders;
