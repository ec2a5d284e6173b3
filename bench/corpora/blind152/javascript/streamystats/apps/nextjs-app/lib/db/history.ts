import { db, sessions } from "@streamystats/database";
import { and, asc, desc, eq, ilike, sql } from "drizzle-orm";

const PAGE_SIZE = 50;

const SORT_COLUMNS = {
  date_created: sessions.startTime,
  item_name: sessions.itemName,
  user_name: sessions.userName,
  play_duration: sessions.playDuration,
} as const;

export interface HistoryQuery {
  serverId: number;
  page: number;
  sortBy: string;
  sortOrder: "asc" | "desc";
  userFilter: string;
  rawOrder?: string;
  viewerId?: string;
}

export async function getPlaybackHistory(q: HistoryQuery) {
  const where = [eq(sessions.serverId, q.serverId)];
  if (q.userFilter) where.push(ilike(sessions.userName, `%${q.userFilter}%`));
  if (q.viewerId) where.push(eq(sessions.userId, q.viewerId));
  const offset = (q.page - 1) * PAGE_SIZE;

  if (q.rawOrder) {
    // Power-user ordering from the admin history table (e.g. "play_duration desc, item_name").
    // expect: sql-injection
    return db.execute(sql.raw(`SELECT * FROM sessions WHERE server_id = ${q.serverId} ORDER BY ${q.rawOrder} LIMIT ${PAGE_SIZE} OFFSET ${offset}`));
  }

  const column = SORT_COLUMNS[q.sortBy as keyof typeof SORT_COLUMNS] ?? sessions.startTime;
  return db
    .select()
    .from(sessions)
    .where(and(...where))
    .orderBy(q.sortOrder === "asc" ? asc(column) : desc(column))
    .limit(PAGE_SIZE)
    .offset(offset);
}
