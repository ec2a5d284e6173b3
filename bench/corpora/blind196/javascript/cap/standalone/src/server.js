import { Elysia, t } from "elysia";
import Cap from "@cap.js/server";
import { createHash } from "node:crypto";
import { db, getKeyQuery } from "./db.js";

const insertChallenge = db.query("INSERT INTO challenges (siteKey, token, data, expires) VALUES (?, ?, ?, ?)");
const getChallenge = db.query("SELECT data, expires FROM challenges WHERE siteKey = ? AND token = ?");
const deleteChallenge = db.query("DELETE FROM challenges WHERE siteKey = ? AND token = ?");
const getSecretHash = db.query("SELECT secretHash FROM keys WHERE siteKey = ?");
const bumpSolved = db.query(
  "INSERT INTO solutions (siteKey, bucket, count) VALUES (?, ?, 1) ON CONFLICT(siteKey, bucket) DO UPDATE SET count = count + 1",
);

const tokens = new Map();

function capFor(siteKey) {
  const key = getKeyQuery.get(siteKey);
  if (!key) return null;
  const config = JSON.parse(key.config);
  return new Cap({
    noFSState: true,
    storage: {
      challenges: {
        store: (token, data) => insertChallenge.run(siteKey, token, JSON.stringify(data), data.expires),
        read: (token) => {
          const row = getChallenge.get(siteKey, token);
          return row ? { challenge: JSON.parse(row.data), expires: row.expires } : null;
        },
        delete: (token) => deleteChallenge.run(siteKey, token),
      },
      tokens: {
        store: (key, expires) => tokens.set(`${siteKey}:${key}`, expires),
        get: (key) => tokens.get(`${siteKey}:${key}`) ?? null,
        delete: (key) => tokens.delete(`${siteKey}:${key}`),
      },
    },
    challengeCount: config.challengeCount,
    challengeDifficulty: config.difficulty,
    challengeSize: config.saltSize,
  });
}

export const capServer = new Elysia()
  .post("/:siteKey/challenge", async ({ params, set }) => {
    const cap = capFor(params.siteKey);
    if (!cap) {
      set.status = 404;
      return { success: false };
    }
    return cap.createChallenge();
  })
  .post(
    "/:siteKey/redeem",
    async ({ params, body, set }) => {
      const cap = capFor(params.siteKey);
      if (!cap) {
        set.status = 404;
        return { success: false };
      }
      const result = await cap.redeemChallenge({ token: body.token, solutions: body.solutions });
      if (result.success) {
        bumpSolved.run(params.siteKey, Math.floor(Date.now() / 3600000) * 3600);
      }
      return result;
    },
    { body: t.Object({ token: t.String({ maxLength: 200 }), solutions: t.Array(t.Number(), { maxItems: 1000 }) }) },
  )
  .post(
    "/:siteKey/siteverify",
    async ({ params, body, set }) => {
      const row = getSecretHash.get(params.siteKey);
      const hash = createHash("sha256").update(body.secret).digest("hex");
      if (!row || row.secretHash !== hash) {
        set.status = 403;
        return { success: false };
      }
      const cap = capFor(params.siteKey);
      return { success: (await cap.validateToken(body.response)).success };
    },
    { body: t.Object({ secret: t.String({ maxLength: 200 }), response: t.String({ maxLength: 500 }) }) },
  );
