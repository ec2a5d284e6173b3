"""What a JavaScript query answers is the store's rows, not the request data its filter was given
(issue 31, blind156): a tRPC procedure that looks an agent up by the input's id with drizzle
(`ctx.db.select().from(t).where(eq(t.id, input)).then(takeFirstOrNull)`) and fetches the stored URL, and
a BullMQ worker that reads a saved webhook through the project's query helper called with type
arguments (`await dbExecute<{ destination: string }>(sql, [job.data.webhookId])`: the helper was not
linked, its name followed by `<`, so its arguments' taint was carried). Their twins send the request's
own URL. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

ROUTER = """import { z } from 'zod';
import { eq, takeFirstOrNull } from '@acme/db';
import * as schema from '@acme/db/schema';
import { createTRPCRouter, protectedProcedure } from '../trpc';

export const jobAgentRouter = createTRPCRouter({
  testStored: protectedProcedure.input(z.string().uuid()).mutation(async ({ ctx, input }) => {
    const agent = await ctx.db.select().from(schema.jobAgent).where(eq(schema.jobAgent.id, input)).then(takeFirstOrNull);
    const res = await fetch(`${agent.config.url}/health`);
    return { ok: res.ok };
  }),
  testUrl: protectedProcedure.input(z.object({ url: z.string().url() })).mutation(async ({ input }) => {
    const res = await fetch(`${input.url}/health`);
    return { ok: res.ok };
  }),
});
"""

DB = """import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function dbExecute<T>(query: string, parameters: unknown[]): Promise<T[]> {
  const result = await pool.query(query, parameters);
  return result.rows as T[];
}
"""

WORKER = """import { Worker, Job } from 'bullmq';
import { dbExecute } from '../lib/db';

async function deliverSaved(job: Job) {
  const rows = await dbExecute<{ destination: string }>(
    'SELECT destination FROM webhooks WHERE id = $1',
    [job.data.webhookId],
  );
  await fetch(rows[0].destination, { method: 'POST' });
}

async function deliverTest(job: Job) {
  await fetch(job.data.destination, { method: 'POST' });
}

export const webhookWorker = new Worker('hooks', async (job) => (job.name === 'test' ? deliverTest(job) : deliverSaved(job)));
"""


def test_a_query_builder_s_rows_are_the_store_s(tmp_path: Path):
    found = taint_findings(tmp_path, {"src/router/job-agent.ts": ROUTER}, select="js/security")
    assert found == ["src/router/job-agent.ts:13 tainted-ssrf"], found


def test_a_helper_called_with_type_arguments_is_followed(tmp_path: Path):
    found = taint_findings(tmp_path, {"src/lib/db.ts": DB, "src/workers/hooks.ts": WORKER}, select="js/security")
    assert found == ["src/workers/hooks.ts:13 tainted-ssrf"], found
