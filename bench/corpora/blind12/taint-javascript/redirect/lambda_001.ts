// library: AWS Lambda + redirect
// redirect: value from the request (query)
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const param = event.queryStringParameters?.next ?? '';
  const num = 50;
  let bar: string;
  if (7 * 18 + num > 200) {
    bar = '/dashboard';
  } else {
    bar = param;
  }
  // expect: open-redirect
  return { statusCode: 302, headers: { Location: bar }, body: '' };
};
