// fastify-svc/src/routes/reports.ts: report generation (shell tools, SQL, templates)
import { FastifyInstance, FastifyRequest } from 'fastify';
import { shell, program, psqlExportArgs, EXPORTABLE } from '../lib/exec';

type ReportQuery = { table?: string; format?: string; from?: string; to?: string; title?: string };

export default async function reportRoutes(app: FastifyInstance) {
  app.get('/reports/export', async (request: FastifyRequest<{ Querystring: ReportQuery }>) => {
    const { table = 'orders', format = 'csv' } = request.query;
    const out = `/tmp/export-${Date.now()}.${format}`;
    // expect: command-injection
    await shell(`psql "$DATABASE_URL" -c "\\copy (SELECT * FROM ${table}) TO '${out}' CSV HEADER"`);
    return { file: out };
  });

  app.get('/reports/v2/export', async (request: FastifyRequest<{ Querystring: ReportQuery }>, reply) => {
    const table = request.query.table ?? 'orders';
    if (!EXPORTABLE.has(table)) return reply.code(400).send({ error: 'table not exportable' });
    const out = `/tmp/export-${Date.now()}.csv`;
    await program('psql', psqlExportArgs(table, out));
    return { file: out };
  });

  app.get('/reports/summary', async (request: FastifyRequest<{ Querystring: ReportQuery }>) => {
    const from = request.query.from || '2024-01-01';
    const to = request.query.to || new Date().toISOString().slice(0, 10);
    const sql = `SELECT status, count(*) FROM orders WHERE created_at BETWEEN '${from}' AND '${to}' GROUP BY status`;
    // expect: sql-injection
    return app.pg.query(sql);
  });

  app.get('/reports/v2/summary', async (request: FastifyRequest<{ Querystring: ReportQuery }>) => {
    const from = request.query.from || '2024-01-01';
    const to = request.query.to || new Date().toISOString().slice(0, 10);
    return app.pg.query('SELECT status, count(*) FROM orders WHERE created_at BETWEEN $1 AND $2 GROUP BY status', [from, to]);
  });

  app.get('/reports/cover', async (request: FastifyRequest<{ Querystring: ReportQuery }>, reply) => {
    const title = request.query.title ?? 'Monthly report';
    const html = await renderCover(title);
    // expect: xss
    return reply.type('text/html').send(html);
  });

  app.get('/reports/v2/cover', async (request: FastifyRequest<{ Querystring: ReportQuery }>, reply) => {
    const title = request.query.title ?? 'Monthly report';
    return reply.view('cover.hbs', { title });
  });

  app.get('/reports/disk', async () => {
    const { stdout } = await shell('du -sh /var/reports');
    return { usage: stdout.trim() };
  });
}

async function renderCover(title: string): Promise<string> {
  return `<html><body><h1>${title}</h1><p>Generated ${new Date().toUTCString()}</p></body></html>`;
}
