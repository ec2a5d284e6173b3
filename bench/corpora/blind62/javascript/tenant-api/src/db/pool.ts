import { Pool, PoolClient } from 'pg';

export const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: 20,
  idleTimeoutMillis: 30_000,
});

// Runs fn with search_path set to the tenant's schema for the length of one checkout.
export async function withTenant<T>(schema: string, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(`SET search_path TO ${schema}, public`);
    return await fn(client);
  } finally {
    await client.query('RESET search_path');
    client.release();
  }
}
