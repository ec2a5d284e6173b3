// API Gateway handlers for the thumbnail service.
const { execSync, execFileSync } = require('child_process');
const { DynamoDBClient, ExecuteStatementCommand } = require('@aws-sdk/client-dynamodb');

const ddb = new DynamoDBClient({});

exports.resize = async (event) => {
  const { key, size } = JSON.parse(event.body);
  // expect: command-injection
  execSync(`convert /tmp/${key} -resize ${size} /tmp/out-${key}`);
  return { statusCode: 202 };
};

exports.resizeSafe = async (event) => {
  const { key, size } = JSON.parse(event.body);
  execFileSync('convert', [`/tmp/${key.replace(/[^\w.-]/g, '')}`, '-resize', String(parseInt(size, 10)), '/tmp/out.png']);
  return { statusCode: 202 };
};

exports.lookup = async (event) => {
  const owner = event.queryStringParameters.owner;
  // expect: sql-injection
  const out = await ddb.send(new ExecuteStatementCommand({ Statement: `SELECT * FROM thumbnails WHERE owner = '${owner}'` }));
  return { statusCode: 200, body: JSON.stringify(out.Items) };
};

exports.lookupSafe = async (event) => {
  const owner = event.queryStringParameters.owner;
  const out = await ddb.send(new ExecuteStatementCommand({ Statement: 'SELECT * FROM thumbnails WHERE owner = ?', Parameters: [{ S: owner }] }));
  return { statusCode: 200, body: JSON.stringify(out.Items) };
};

exports.preview = async (event) => {
  const title = event.queryStringParameters.title || '';
  // expect: xss
  return { statusCode: 200, headers: { 'Content-Type': 'text/html' }, body: `<h1>${title}</h1>` };
};
