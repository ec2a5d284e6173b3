// Lambda behind API Gateway: renders small HTML previews for the link unfurler.
const { DynamoDBClient, GetItemCommand } = require('@aws-sdk/client-dynamodb');

const ddb = new DynamoDBClient({});
const TABLE = process.env.LINKS_TABLE;

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function htmlResponse(status, html) {
  return { statusCode: status, headers: { 'Content-Type': 'text/html' }, body: html };
}

exports.handler = async function (event, context) {
  const params = event.queryStringParameters || {};
  const path = event.rawPath || '/';

  if (path === '/health') {
    return { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ok: true }) };
  }

  if (path === '/not-found') {
    return {
      statusCode: 404,
      headers: { 'Content-Type': 'text/html' },
      // expect: xss
      body: `<h1>No preview for ${params.url}</h1>`,
    };
  }

  if (path === '/title') {
    const title = params.title || 'Untitled';
    return {
      statusCode: 200,
      headers: { 'Content-Type': 'text/html' },
      body: '<h2>' + escapeHtml(title) + '</h2>',
    };
  }

  if (path === '/echo') {
    const body = JSON.parse(event.body || '{}');
    return {
      statusCode: 200,
      headers: { 'Content-Type': 'text/html' },
      // expect: xss
      body: '<div class="card"><p>' + body.summary + '</p></div>',
    };
  }

  if (path === '/error') {
    // expect: xss
    return { statusCode: 400, headers: { 'Content-Type': 'text/html' }, body: '<p>Bad request: ' + event.headers['x-reason'] + '</p>' };
  }

  const item = await ddb.send(new GetItemCommand({ TableName: TABLE, Key: { id: { S: String(params.id || '') } } }));
  const stored = item.Item ? item.Item.title.S : 'Unknown link';
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: stored, requestedBy: params.user }),
  };
};
