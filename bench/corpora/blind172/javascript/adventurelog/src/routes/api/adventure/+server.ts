import { error, json } from "@sveltejs/kit";
import { and, eq } from "drizzle-orm";

import type { RequestHandler } from "./$types";
import { db } from "$lib/db/db.server";
import { adventureTable } from "$lib/db/schema";

const WIKI_API = "https://en.wikipedia.org/w/api.php";

/** GET /api/adventure?id=12 : one adventure of the signed-in user, with a Wikipedia blurb. */
export const GET: RequestHandler = async (event) => {
  if (!event.locals.user) throw error(401, "Unauthorized");
  const id = Number(event.url.searchParams.get("id"));
  if (!Number.isInteger(id) || id <= 0) throw error(400, "Bad id");

  const adventure = await db
    .select()
    .from(adventureTable)
    .where(and(eq(adventureTable.id, id), eq(adventureTable.userId, event.locals.user.id)))
    .limit(1)
    .then((rows) => rows[0]);
  if (!adventure) throw error(404, "Not found");

  let extract: string | null = null;
  const params = new URLSearchParams({
    action: "query",
    format: "json",
    prop: "extracts",
    exintro: "1",
    explaintext: "1",
    titles: adventure.name,
  });
  const res = await fetch(`${WIKI_API}?${params}`);
  if (res.ok) {
    const data = (await res.json()) as { query?: { pages?: Record<string, { extract?: string }> } };
    extract = Object.values(data.query?.pages ?? {})[0]?.extract ?? null;
  }
  return json({ adventure, extract });
};

/** DELETE /api/adventure?id=12 */
export const DELETE: RequestHandler = async (event) => {
  if (!event.locals.user) throw error(401, "Unauthorized");
  const id = Number(event.url.searchParams.get("id"));
  if (!Number.isInteger(id)) throw error(400, "Bad id");
  await db.delete(adventureTable).where(and(eq(adventureTable.id, id), eq(adventureTable.userId, event.locals.user.id)));
  return json({ deleted: id });
};
