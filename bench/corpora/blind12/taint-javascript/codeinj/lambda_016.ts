// library: AWS Lambda + config parsing
// config parsing: value from the request (params)
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';


const ALLOWED = ['1 + 1', '2 * 3', '[1, 2]'];

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const param = event.pathParameters?.formula || '1 + 1';
  if (!ALLOWED.includes(param)) {
    return { statusCode: 400, body: 'bad request' };
  }
  const bar = param;
  const config = eval('(' + bar + ')');
  return { statusCode: 200, body: JSON.stringify({ keys: Object.keys(config) }) };
};
