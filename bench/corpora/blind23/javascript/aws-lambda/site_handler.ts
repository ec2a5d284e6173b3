// aws-lambda: TypeScript handlers of the static-site preview function
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { exec } from 'child_process';
import { promisify } from 'util';
import { DynamoDB } from 'aws-sdk';

const run = promisify(exec);
const docClient = new DynamoDB.DocumentClient();

export const build = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const branch = event.queryStringParameters?.branch ?? 'main';
  // expect: command-injection
  const { stdout } = await run(`git -C /tmp/site checkout ${branch} && npm run build`);
  return { statusCode: 200, body: stdout };
};

export const buildMain = async (): Promise<APIGatewayProxyResult> => {
  const { stdout } = await run('git -C /tmp/site checkout main && npm run build');
  return { statusCode: 200, body: stdout };
};

export const page = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const title = event.queryStringParameters?.title || 'Preview';
  const html = '<html><head><title>' + title + '</title></head><body></body></html>';
  // expect: xss
  return { statusCode: 200, headers: { 'Content-Type': 'text/html' }, body: html };
};

export const pageJson = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const title = event.queryStringParameters?.title || 'Preview';
  return { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ title }) };
};

export const lookup = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const body = JSON.parse(event.body || '{}');
  // expect: nosql-injection
  const data = await docClient.query(body.query).promise();
  return { statusCode: 200, body: JSON.stringify(data.Items) };
};

export const lookupSafe = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const site = event.pathParameters?.site ?? '';
  const data = await docClient.query({
    TableName: process.env.SITES_TABLE as string,
    KeyConditionExpression: 'site = :s',
    ExpressionAttributeValues: { ':s': site },
  }).promise();
  return { statusCode: 200, body: JSON.stringify(data.Items) };
};
