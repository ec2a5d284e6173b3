import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ReportService } from '../services/reportService';
import type { Filter } from '../lib/sql';

interface SeriesQuery {
  metric?: string;
  interval?: string;
  limit?: string;
}

interface HostParams {
  host: string;
}

function workspaceOf(request: FastifyRequest): string {
  return (request as any).workspace as string;
}

export default async function reportRoutes(app: FastifyInstance) {
  app.get<{ Querystring: SeriesQuery }>('/series', async (request) => {
    const client = await app.pg.connect();
    try {
      const svc = new ReportService(client, workspaceOf(request));
      return await svc.series(request.query.metric ?? 'cpu', request.query.interval ?? '1 day');
    } finally {
      client.release();
    }
  });

  app.get<{ Params: HostParams }>('/hosts/:host', async (request) => {
    const client = await app.pg.connect();
    try {
      const svc = new ReportService(client, workspaceOf(request));
      return await svc.forWorkspace(request.params.host);
    } finally {
      client.release();
    }
  });

  app.post<{ Body: { filters: Filter[] } }>('/filter', async (request) => {
    const client = await app.pg.connect();
    try {
      const svc = new ReportService(client, 'default');
      return await svc.filtered(request.body.filters ?? []);
    } finally {
      client.release();
    }
  });

  app.post<{ Body: { filters: Filter[] } }>('/filter-v2', async (request) => {
    const client = await app.pg.connect();
    try {
      const svc = new ReportService(client, 'default');
      return await svc.filteredSafe(request.body.filters ?? []);
    } finally {
      client.release();
    }
  });

  app.get<{ Querystring: SeriesQuery }>('/top', async (request) => {
    const client = await app.pg.connect();
    try {
      const svc = new ReportService(client, 'default');
      return await svc.topHosts(request.query.limit ?? '20');
    } finally {
      client.release();
    }
  });

  app.get<{ Params: HostParams }>('/hosts/:host/raw', async (request, reply) => {
    const { host } = request.params;
    const sql = ['SELECT * FROM raw_samples', `WHERE host = '${host}'`, 'ORDER BY ts DESC LIMIT 100'].join(' ');
    // expect: sql-injection
    const { rows } = await app.pg.query(sql);
    reply.header('Cache-Control', 'no-store');
    return rows;
  });

  app.get<{ Params: HostParams }>('/hosts/:host/raw-safe', async (request) => {
    const { rows } = await app.pg.query('SELECT * FROM raw_samples WHERE host = $1 ORDER BY ts DESC LIMIT 100', [request.params.host]);
    return rows;
  });
}
