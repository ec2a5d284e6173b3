import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { execSync } from 'child_process';
import { readFileSync } from 'fs';
import path from 'path';
import vm from 'vm';

const TEMPLATES = '/opt/templates';

export const render = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const name = event.pathParameters?.name ?? 'default';
  // expect: path-traversal
  const body = readFileSync(path.join(TEMPLATES, `${name}.html`), 'utf8');
  return { statusCode: 200, headers: { 'Content-Type': 'text/html' }, body };
};

export const version = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const pkg = event.queryStringParameters?.pkg ?? 'lodash';
  // expect: command-injection
  const out = execSync(`npm view ${pkg} version`).toString();
  return { statusCode: 200, body: out };
};

export const score = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const { formula, inputs } = JSON.parse(event.body ?? '{}');
  // expect: code-injection
  const result = vm.runInNewContext(formula, { ...inputs });
  return { statusCode: 200, body: JSON.stringify({ result }) };
};

export const greet = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const who = event.queryStringParameters?.who ?? 'there';
  return { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ hello: who }) };
};
