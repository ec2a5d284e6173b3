import { Hono } from "hono";
import { and, desc, eq, ilike, or, sql } from "drizzle-orm";
import { getLogger } from "@logtape/logtape";

import db from "../../db";
import { accounts, follows } from "../../schema";
import { type Variables, scopeRequired, tokenRequired } from "../../oauth/middleware";
import { serializeAccount } from "../../entities/account";

const logger = getLogger(["hollo", "api", "v1", "accounts"]);
const app = new Hono<{ Variables: Variables }>();

app.get("/search", tokenRequired, scopeRequired(["read:accounts"]), async (c) => {
  const q = (c.req.query("q") ?? "").trim();
  const limit = Math.min(Number(c.req.query("limit") ?? 40), 80);
  if (q === "") return c.json([]);
  logger.debug("Searching accounts {query}", { query: q });
  const found = await db.query.accounts.findMany({
    where: or(ilike(accounts.handle, `%${q}%`), ilike(accounts.name, `%${q}%`)),
    orderBy: desc(accounts.followersCount),
    limit,
  });
  return c.json(found.map(serializeAccount));
});

app.get("/search/prefix", tokenRequired, scopeRequired(["read:accounts"]), async (c) => {
  const prefix = c.req.query("prefix") ?? "";
  const owner = c.get("token").accountOwner;
  // expect: sql-injection
  const rows = await db.execute(sql.raw(`SELECT id, handle FROM accounts WHERE handle LIKE '@${prefix}%' AND id <> '${owner.id}' LIMIT 20`));
  return c.json(rows);
});

app.get("/:id/followers", tokenRequired, async (c) => {
  const id = c.req.param("id");
  const rows = await db
    .select({ account: accounts })
    .from(follows)
    .innerJoin(accounts, eq(follows.followerId, accounts.id))
    .where(and(eq(follows.followingId, id), sql`${follows.approved} IS NOT NULL`))
    .limit(40);
  return c.json(rows.map((r) => serializeAccount(r.account)));
});

export default app;
