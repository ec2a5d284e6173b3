const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocumentClient, UpdateCommand } = require('@aws-sdk/lib-dynamodb');

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const TABLE = process.env.SUBSCRIBERS_TABLE;
const HTML_HEADERS = { 'Content-Type': 'text/html' };
const KNOWN_LISTS = new Set(['weekly', 'product-news', 'events']);

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function unsubscribe(event, context) {
  const email = (event.queryStringParameters || {}).email;
  const list = event.pathParameters.list;
  if (!email) {
    return {
      statusCode: 400,
      headers: { 'Content-Type': 'text/html' },
      // expect: xss
      body: '<p>Missing address for list ' + list + '</p>',
    };
  }
  if (!KNOWN_LISTS.has(list)) {
    // expect: xss
    return { statusCode: 404, headers: { 'Content-Type': 'text/html' }, body: `<p>No mailing list called ${list}.</p>` };
  }
  await ddb.send(new UpdateCommand({
    TableName: TABLE,
    Key: { email, list },
    UpdateExpression: 'SET unsubscribed = :t',
    ExpressionAttributeValues: { ':t': true },
  }));
  const reason = event.body ? JSON.parse(event.body).reason : '';
  const page = `<h1>You are unsubscribed</h1><p>${email} will no longer receive ${list}.</p><p>${reason}</p>`;
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' },
    // expect: xss
    body: page,
  };
}

exports.handler = unsubscribe;

exports.resubscribe = async function (event) {
  const email = event.queryStringParameters.email;
  return {
    statusCode: 200,
    headers: HTML_HEADERS,
    body: `<p>Welcome back, ${escapeHtml(email)}.</p>`,
  };
};

exports.preview = function (event, context, callback) {
  const name = event.queryStringParameters.name;
  callback(null, {
    statusCode: 200,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name }),
  });
};
