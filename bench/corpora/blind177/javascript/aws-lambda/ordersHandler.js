// Orders API (API Gateway -> Lambda -> DynamoDB).
const AWS = require('aws-sdk');

const docClient = new AWS.DynamoDB.DocumentClient();
const TABLE = process.env.ORDERS_TABLE;

function response(statusCode, body) {
  return { statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

async function getOrder(event) {
  const params = {
    TableName: TABLE,
    KeyConditionExpression: 'customerId = :c AND orderId = :o',
    ExpressionAttributeValues: {
      ':c': event.requestContext.authorizer.claims.sub,
      ':o': event.pathParameters.orderId,
    },
  };
  const result = await docClient.query(params).promise();
  return response(200, result.Items[0] || null);
}

async function listOrders(event) {
  const limit = Math.min(parseInt((event.queryStringParameters || {}).limit, 10) || 20, 100);
  const result = await docClient.query({
    TableName: TABLE,
    KeyConditionExpression: 'customerId = :c',
    ExpressionAttributeValues: { ':c': event.requestContext.authorizer.claims.sub },
    Limit: limit,
  }).promise();
  return response(200, result.Items);
}

// "Advanced search" for the mobile app: the app sends the DynamoDB query it wants.
async function searchOrders(event) {
  const query = JSON.parse(event.body || '{}');
  query.TableName = TABLE;
  // expect: sql-injection
  const result = await docClient.scan(query).promise();
  return response(200, result.Items);
}

exports.handler = async function (event) {
  switch (event.routeKey) {
    case 'GET /orders/{orderId}':
      return getOrder(event);
    case 'GET /orders':
      return listOrders(event);
    case 'POST /orders/search':
      return searchOrders(event);
    default:
      return response(404, { error: 'not found' });
  }
};
