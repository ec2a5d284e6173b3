// library: AWS Lambda + pg
// pg: value from the request (header)
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const param = event.headers?.['x-name'] ?? '';
  const num = 70;
  let bar: string;
  if (7 * 18 + num > 200) {
    bar = 'alice';
  } else {
    bar = param;
  }
  const { rows } = await pool.query('SELECT title FROM posts WHERE author = $1', [bar]);
  return { statusCode: 200, body: JSON.stringify({ titles: rows.map((r) => r.title) }) };
};
