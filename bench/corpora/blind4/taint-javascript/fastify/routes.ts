import Fastify, { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { exec } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import postgres from 'postgres';

const sql = postgres(process.env.DATABASE_URL ?? '');
const REPORTS = path.resolve('/srv/reports');

type Q = { Querystring: { team?: string; month?: string; next?: string; q?: string } };
type P = { Params: { file: string } };

export async function routes(app: FastifyInstance) {
  app.get('/reports', async (req: FastifyRequest<Q>) => {
    const team = req.query.team ?? '';
    return sql`SELECT * FROM reports WHERE team = ${team}`;
  });

  app.get('/reports/unsafe', async (req: FastifyRequest<Q>) => {
    const team = req.query.team ?? '';
    // expect: tainted-sql
    return sql.unsafe(`SELECT * FROM reports WHERE team = '${team}'`);
  });

  app.get('/reports/file/:file', async (req: FastifyRequest<P>, reply: FastifyReply) => {
    const full = path.join(REPORTS, req.params.file);
    // expect: tainted-path
    const data = await readFile(full);
    return reply.type('application/pdf').send(data);
  });

  app.get('/reports/file2/:file', async (req: FastifyRequest<P>, reply: FastifyReply) => {
    const full = path.resolve(REPORTS, req.params.file);
    if (!full.startsWith(REPORTS + path.sep)) return reply.code(400).send();
    return reply.type('application/pdf').send(await readFile(full));
  });

  app.get('/search', async (req: FastifyRequest<Q>, reply: FastifyReply) => {
    const q = req.query.q ?? '';
    // expect: tainted-xss
    return reply.type('text/html').send(`<h2>Results for ${q}</h2>`);
  });

  app.get('/search.json', async (req: FastifyRequest<Q>) => {
    return { query: req.query.q ?? '', results: [] };
  });

  app.get('/done', async (req: FastifyRequest<Q>, reply: FastifyReply) => {
    // expect: tainted-redirect
    return reply.redirect(req.query.next ?? '/');
  });

  app.post('/archive', async (req: FastifyRequest<{ Body: { month: string } }>, reply: FastifyReply) => {
    const { month } = req.body;
    // expect: tainted-command
    exec(`tar czf /srv/archive/${month}.tgz ${REPORTS}/${month}`, (err) => reply.send({ ok: !err }));
    return reply;
  });
}

export function build() {
  const app = Fastify({ logger: true });
  app.register(routes);
  return app;
}
