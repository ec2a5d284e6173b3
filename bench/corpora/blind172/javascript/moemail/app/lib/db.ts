import { getRequestContext } from "@cloudflare/next-on-pages";
import { drizzle } from "drizzle-orm/d1";

import * as schema from "./schema";

/** Drizzle over the D1 binding of the current request. */
export function createDb() {
  const { env } = getRequestContext();
  return drizzle(env.DB, { schema });
}

export type Db = ReturnType<typeof createDb>;

/** Encodes a page cursor (timestamp + id) for the mail list. */
export function encodeCursor(timestamp: number, id: string): string {
  return btoa(JSON.stringify({ timestamp, id }));
}

/** Decodes a cursor from the query string; anything malformed means "first page". */
export function decodeCursor(cursor: string | null): { timestamp: number; id: string } | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(atob(cursor));
    const timestamp = Number(value.timestamp);
    const id = String(value.id);
    if (!Number.isFinite(timestamp)) return null;
    return { timestamp, id };
  } catch {
    return null;
  }
}
