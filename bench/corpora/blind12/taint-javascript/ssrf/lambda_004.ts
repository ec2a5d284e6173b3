// library: AWS Lambda + fetch
// fetch: value from the request (body)
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  let param = JSON.parse(event.body || '{}').host;
  if (!param) {
    param = '';
  }
  const values: any[] = [];
  values.push('status.example.com');
  values.push(param);
  values.push('api.example.com');
  values.shift();
  const bar = values[1];
  const r = await fetch(`http://${bar}/health`);
  return { statusCode: 200, body: JSON.stringify({ healthy: r.ok }) };
};
