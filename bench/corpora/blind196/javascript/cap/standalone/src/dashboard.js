import { Elysia, t } from "elysia";
import { randomBytes, createHash } from "node:crypto";
import { db, getKeyQuery, listKeysQuery, insertKeyQuery } from "./db.js";
import { requireSession } from "./auth.js";

const DEFAULT_CONFIG = { difficulty: 4, challengeCount: 50, saltSize: 32 };
const BUCKETS = { hour: 3600, day: 86400 };

export const dashboard = new Elysia({ prefix: "/server" })
  .use(requireSession)
  .get("/keys", () => listKeysQuery.all())
  .post(
    "/keys",
    ({ body }) => {
      const siteKey = randomBytes(5).toString("hex");
      const secret = randomBytes(25).toString("base64url");
      const secretHash = createHash("sha256").update(secret).digest("hex");
      insertKeyQuery.run(siteKey, body.name, secretHash, JSON.stringify(DEFAULT_CONFIG), Date.now());
      return { siteKey, secret };
    },
    { body: t.Object({ name: t.String({ minLength: 1, maxLength: 60 }) }) },
  )
  .get(
    "/keys/:siteKey/stats",
    ({ params, query, set }) => {
      const key = getKeyQuery.get(params.siteKey);
      if (!key) {
        set.status = 404;
        return { error: "not found" };
      }
      const bucket = BUCKETS[query.bucket] ?? BUCKETS.hour;
      const rows = db
        .query("SELECT bucket, count FROM solutions WHERE siteKey = ? AND bucket > ? ORDER BY bucket")
        .all(params.siteKey, Math.floor(Date.now() / 1000) - bucket * 48);
      return { key, bucket, rows };
    },
    { query: t.Object({ bucket: t.Optional(t.String()) }) },
  )
  .get(
    "/keys/:siteKey/summary",
    ({ params, query }) => {
      const duration = query.duration ?? "7 days";
      // expect: sql-injection
      const row = db.query(`SELECT SUM(count) AS solved FROM solutions WHERE siteKey = ? AND bucket > strftime('%s', 'now', '-${duration}')`).get(params.siteKey);
      return { siteKey: params.siteKey, duration, solved: row?.solved ?? 0 };
    },
    { query: t.Object({ duration: t.Optional(t.String({ maxLength: 20 })) }) },
  )
  .put(
    "/keys/:siteKey/config",
    ({ params, body }) => {
      const config = {
        difficulty: Math.min(Math.max(body.difficulty, 1), 8),
        challengeCount: Math.min(Math.max(body.challengeCount, 10), 500),
        saltSize: Math.min(Math.max(body.saltSize, 8), 64),
      };
      db.query("UPDATE keys SET config = ? WHERE siteKey = ?").run(JSON.stringify(config), params.siteKey);
      return { success: true, config };
    },
    { body: t.Object({ difficulty: t.Number(), challengeCount: t.Number(), saltSize: t.Number() }) },
  );
