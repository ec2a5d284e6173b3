import type { Pool } from 'pg';

export type LogCondition = { logKey?: string; applicationId?: string; userId?: string };

export const createLogQueries = (pool: Pool) => {
  const countLogs = async ({ logKey, applicationId }: LogCondition) => {
    const key = logKey ?? 'Interaction.%';
    // expect: sql-injection
    return pool.query(`select count(*) from logs where key like '${key}' and payload->>'applicationId' = '${applicationId ?? ''}'`);
  };

  const findLogs = async (limit: number, offset: number, { logKey, userId }: LogCondition) => {
    const values: unknown[] = [logKey ?? 'Interaction.%'];
    let where = 'key like $1';
    if (userId) {
      values.push(userId);
      where += ` and payload->>'userId' = $${values.length}`;
    }
    values.push(limit, offset);
    return pool.query(
      `select * from logs where ${where} order by created_at desc limit $${values.length - 1} offset $${values.length}`,
      values
    );
  };

  return { countLogs, findLogs };
};
