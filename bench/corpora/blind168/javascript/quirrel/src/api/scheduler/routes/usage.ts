import type { FastifyPluginCallback } from "fastify";

type UsageRow = { day: string; invocations: number };

async function readUsage(redis: any, tokenId: string, endpoint?: string): Promise<UsageRow[]> {
  const key = endpoint ? `usage:${tokenId}:${encodeURIComponent(endpoint)}` : `usage:${tokenId}`;
  const entries: Record<string, string> = await redis.hgetall(key);
  return Object.entries(entries)
    .map(([day, count]) => ({ day, invocations: Number(count) }))
    .sort((a, b) => a.day.localeCompare(b.day));
}

function toCsv(rows: UsageRow[]) {
  return ["day,invocations", ...rows.map((r) => `${r.day},${r.invocations}`)].join("\n");
}

const usage: FastifyPluginCallback = (fastify, _opts, done) => {
  fastify.get("/", async (request, reply) => {
    const rows = await readUsage(fastify.redis, request.tokenId);
    reply.header("Content-Type", "text/csv");
    reply.header("Content-Disposition", `attachment; filename="usage-${request.tokenId}.csv"`);
    return toCsv(rows);
  });

  fastify.get<{ Params: { endpoint: string } }>(
    "/:endpoint",
    { schema: { params: { type: "object", properties: { endpoint: { type: "string", maxLength: 2048 } } } } },
    async (request, reply) => {
      const endpoint = decodeURIComponent(request.params.endpoint);
      const rows = await readUsage(fastify.redis, request.tokenId, endpoint);
      reply.header("Content-Type", "text/csv");
      reply.header("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(`usage-${endpoint}.csv`)}`);
      return toCsv(rows);
    }
  );

  fastify.get<{ Querystring: { label?: string } }>("/summary", async (request, reply) => {
    const rows = await readUsage(fastify.redis, request.tokenId);
    const label = request.query.label ?? "summary";
    reply.header("Content-Type", "text/csv");
    // expect: header-injection
    reply.header("Content-Disposition", `attachment; filename="${label}.csv"`);
    return toCsv(rows.slice(-30));
  });

  done();
};

export default usage;
