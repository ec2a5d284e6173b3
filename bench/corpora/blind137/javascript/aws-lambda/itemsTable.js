const AWS = require('aws-sdk');
const { DynamoDBClient, QueryCommand } = require('@aws-sdk/client-dynamodb');

const docClient = new AWS.DynamoDB.DocumentClient({ apiVersion: '2012-08-10' });
const ddb = new DynamoDBClient({ region: process.env.AWS_REGION });
const TABLE = process.env.ITEMS_TABLE;

function json(statusCode, body) {
  return { statusCode, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}

async function handler(event, context) {
  const route = event.routeKey;

  if (route === 'POST /items/search') {
    const params = JSON.parse(event.body);
    // expect: sql-injection
    const data = await docClient.query(params).promise();
    return json(200, data.Items);
  }

  if (route === 'GET /items/scan') {
    // expect: sql-injection
    const data = await docClient.scan(JSON.parse(event.queryStringParameters.scanParams)).promise();
    return json(200, data.Items);
  }

  if (route === 'POST /items/raw-query') {
    const input = JSON.parse(event.body).query;
    // expect: sql-injection
    const out = await ddb.send(new QueryCommand(input));
    return json(200, out.Items);
  }

  if (route === 'GET /items/{id}') {
    const data = await docClient.get({ TableName: TABLE, Key: { pk: event.pathParameters.id } }).promise();
    return data.Item ? json(200, data.Item) : json(404, { error: 'not found' });
  }

  if (route === 'GET /items/by-owner/{owner}') {
    const data = await docClient.query({
      TableName: TABLE,
      IndexName: 'owner-index',
      KeyConditionExpression: '#o = :o',
      ExpressionAttributeNames: { '#o': 'owner' },
      ExpressionAttributeValues: { ':o': event.pathParameters.owner },
    }).promise();
    return json(200, data.Items);
  }

  context.callbackWaitsForEmptyEventLoop = false;
  return json(404, { error: 'no route' });
}

exports.handler = handler;
