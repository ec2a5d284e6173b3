// library: AWS Lambda + recursive merge
// recursive merge: value from the request (body)
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

const settings = { theme: 'light', notifications: { email: true } };

function deepMerge(target: any, source: any) {
  for (const key of Object.keys(source)) {
    if (source[key] && typeof source[key] === 'object') {
      if (!target[key]) target[key] = {};
      deepMerge(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const param = JSON.parse(event.body || '{}').settings ?? {};
  const num = 12;
  const bar = 7 * 18 + num > 200 ? { theme: 'dark' } : param;
  // expect: prototype-pollution
  deepMerge(settings, bar);
  return { statusCode: 200, body: JSON.stringify({ settings }) };
};
