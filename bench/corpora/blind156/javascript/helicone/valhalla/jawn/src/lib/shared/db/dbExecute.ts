// Thin pg wrapper used by the managers: dbExecute binds parameters, dbExecuteRaw runs text as given.
import { Pool } from 'pg';
import { err, ok, Result } from '../../../packages/common/result';

const pool = new Pool({ connectionString: process.env.SUPABASE_DATABASE_URL, max: 10 });

export async function dbExecute<T>(query: string, parameters: unknown[]): Promise<Result<T[], string>> {
  try {
    const result = await pool.query(query, parameters);
    return ok(result.rows as T[]);
  } catch (e) {
    console.error('Error executing query', { message: (e as Error).message });
    return err(String(e));
  }
}

export async function dbExecuteRaw<T>(query: string): Promise<Result<T[], string>> {
  try {
    const result = await pool.query(query);
    return ok(result.rows as T[]);
  } catch (e) {
    console.error('Error executing raw query', { message: (e as Error).message });
    return err(String(e));
  }
}

export async function dbQueryOne<T>(query: string, parameters: unknown[]): Promise<T | null> {
  const result = await dbExecute<T>(query, parameters);
  return result.data?.[0] ?? null;
}
