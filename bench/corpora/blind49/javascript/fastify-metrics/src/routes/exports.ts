import type { FastifyInstance } from 'fastify';
import { createReadStream } from 'fs';
import path from 'path';
import { renderChart, renderChartSafe, archive } from '../lib/exporter';
import { config } from '../lib/config';

interface ChartBody {
  series: string;
  title?: string;
  format?: string;
}

export default async function exportRoutes(app: FastifyInstance) {
  app.post<{ Body: ChartBody }>('/chart', async (request) => {
    const { series, title = 'Untitled' } = request.body;
    const file = await renderChart(series, title);
    return { file: path.basename(file) };
  });

  app.post<{ Body: ChartBody }>('/chart-v2', async (request) => {
    const { series, title = 'Untitled', format = 'png' } = request.body;
    const file = await renderChartSafe(series, title, format);
    return { file: path.basename(file) };
  });

  app.post<{ Body: { files: string[] } }>('/bundle', async (request) => {
    const names: string[] = [];
    for (const f of request.body.files) {
      names.push(f);
    }
    const file = await archive(names);
    return { file: path.basename(file) };
  });

  app.get<{ Params: { name: string } }>('/download/:name', async (request, reply) => {
    const name = path.basename(request.params.name).replace(/[^\w.-]/g, '_');
    reply.header('Content-Disposition', `attachment; filename="${name}"`);
    return reply.send(createReadStream(path.join(config.exportDir, name)));
  });

  app.get<{ Querystring: { file: string } }>('/download', async (request, reply) => {
    const target = path.join(config.exportDir, request.query.file);
    // expect: path-traversal
    return reply.send(createReadStream(target));
  });

  app.get<{ Querystring: { filename?: string } }>('/named', async (request, reply) => {
    const filename = request.query.filename ?? 'export.csv';
    // expect: header-injection
    reply.header('Content-Disposition', 'attachment; filename=' + filename);
    return reply.send(createReadStream(path.join(config.exportDir, 'latest.csv')));
  });
}
