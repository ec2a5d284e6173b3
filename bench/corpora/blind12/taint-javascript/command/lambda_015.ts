// library: AWS Lambda + child_process (git log)
// child_process (git log): value from the request (params)
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { exec } from 'child_process';
import util from 'util';

const execAsync = util.promisify(exec);

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const param = event.pathParameters?.dir || 'localhost';
  if (!param) {
    return { statusCode: 400, body: 'bad request' };
  }
  const bar = param;
  // expect: command-injection
  const { stdout } = await execAsync(`git log --oneline -n 5 ${bar}`);
  return { statusCode: 200, body: JSON.stringify({ log: stdout.split('\n') }) };
};
