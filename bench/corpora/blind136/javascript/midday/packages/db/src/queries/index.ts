import { sql } from "drizzle-orm";
import { db } from "../client";

const SORT_COLUMNS = new Map([["date", sql`date`], ["amount", sql`amount`], ["name", sql`name`]]);

export async function getUserById(id: string) {
  const [user] = await db.execute(sql`SELECT id, email, team_id AS "teamId" FROM users WHERE id = ${id}`);
  return user as { id: string; email: string; teamId: string };
}

export async function getTransactions({ teamId, sort, q }: { teamId: string; sort: [string, string]; q: string | null }) {
  const [column, direction] = sort;
  if (q) {
    const ordered = SORT_COLUMNS.get(column) ?? sql`date`;
    const dir = direction === "asc" ? sql`ASC` : sql`DESC`;
    return db.execute(sql`SELECT * FROM transactions WHERE team_id = ${teamId} AND name ILIKE ${`%${q}%`} ORDER BY ${ordered} ${dir} LIMIT 100`);
  }
  // expect: sql-injection
  return db.execute(sql.raw(`SELECT * FROM transactions WHERE team_id = '${teamId}' ORDER BY ${column} ${direction} LIMIT 100`));
}
