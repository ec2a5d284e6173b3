// library: AWS SDK v3 DynamoDB in a Lambda handler (request body as the query)
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocumentClient, QueryCommand, GetCommand, ScanCommand } = require('@aws-sdk/lib-dynamodb');

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const TABLE = process.env.ORDERS_TABLE;

exports.search = async (event) => {
  const params = JSON.parse(event.body);
  // expect: nosql-injection
  const out = await doc.send(new QueryCommand(params));
  return { statusCode: 200, body: JSON.stringify(out.Items) };
};

exports.byCustomer = async (event) => {
  const customerId = event.pathParameters.customerId;
  const out = await doc.send(new QueryCommand({
    TableName: TABLE,
    KeyConditionExpression: 'customerId = :c',
    ExpressionAttributeValues: { ':c': customerId },
  }));
  return { statusCode: 200, body: JSON.stringify(out.Items) };
};

exports.filtered = async (event) => {
  const q = event.queryStringParameters || {};
  const out = await doc.send(new ScanCommand({
    TableName: TABLE,
    // expect: nosql-injection
    FilterExpression: `${q.field} = :v`,
    ExpressionAttributeValues: { ':v': q.value },
  }));
  return { statusCode: 200, body: JSON.stringify(out.Items) };
};

exports.get = async (event) => {
  const out = await doc.send(new GetCommand({ TableName: TABLE, Key: { orderId: event.pathParameters.id } }));
  return { statusCode: out.Item ? 200 : 404, body: JSON.stringify(out.Item || {}) };
};
