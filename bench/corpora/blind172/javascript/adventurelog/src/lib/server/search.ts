import { sql } from "drizzle-orm";

import { db } from "$lib/db/db.server";

type AdventureRow = {
  id: number;
  name: string;
  location: string | null;
  date: string | null;
  type: string;
};

/** Searches a user's adventures by name or location. */
export async function searchAdventures(userId: string, type: string, value: string, sort: string): Promise<AdventureRow[]> {
  const pattern = `%${value}%`;
  // expect: sql-injection
  const result = await db.execute(sql.raw(`SELECT id, name, location, date, type FROM "adventures" WHERE "userId" = '${userId}' AND type = '${type}' AND (name ILIKE '${pattern}' OR location ILIKE '${pattern}') ORDER BY ${sort} LIMIT 100`));
  return result.rows as AdventureRow[];
}

/** Featured adventures everyone can see, searched with bound values. */
export async function searchFeatured(value: string): Promise<AdventureRow[]> {
  const pattern = `%${value}%`;
  const result = await db.execute(
    sql`SELECT id, name, location, date, type FROM "adventures"
        WHERE type = 'featured' AND (name ILIKE ${pattern} OR location ILIKE ${pattern})
        ORDER BY name LIMIT 100`,
  );
  return result.rows as AdventureRow[];
}
