// library: AWS Lambda + child_process (git log)
// child_process (git log): value from the request (params)
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { execFile } from 'child_process';
import util from 'util';

const execFileAsync = util.promisify(execFile);

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const param = event.pathParameters?.dir || 'localhost';
  if (!param) {
    return { statusCode: 400, body: 'bad request' };
  }
  const bar = param;
  const { stdout } = await execFileAsync('git', ['log', '--oneline', '-n', '5', '--', bar]);
  return { statusCode: 200, body: JSON.stringify({ log: stdout.split('\n') }) };
};
