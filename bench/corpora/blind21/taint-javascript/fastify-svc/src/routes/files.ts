// fastify-svc/src/routes/files.ts: download and preview routes over the reports directory
import { FastifyInstance, FastifyRequest } from 'fastify';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const ROOT = path.resolve(process.env.REPORTS_DIR ?? '/var/reports');

type FileParams = { name: string };
type FileQuery = { dir?: string; download?: string };

function inside(root: string, candidate: string): string | null {
  const full = path.resolve(root, candidate);
  return full.startsWith(root + path.sep) ? full : null;
}

export default async function fileRoutes(app: FastifyInstance) {
  app.get('/files/:name', async (request: FastifyRequest<{ Params: FileParams; Querystring: FileQuery }>, reply) => {
    const dir = request.query.dir ?? 'monthly';
    const target = path.join(ROOT, dir, request.params.name);
    // expect: path-traversal
    return reply.type('application/octet-stream').send(createReadStream(target));
  });

  app.get('/v2/files/:name', async (request: FastifyRequest<{ Params: FileParams; Querystring: FileQuery }>, reply) => {
    const target = inside(ROOT, path.join(request.query.dir ?? 'monthly', request.params.name));
    if (!target) return reply.code(400).send({ error: 'bad path' });
    return reply.type('application/octet-stream').send(createReadStream(target));
  });

  app.get('/files/:name/size', async (request: FastifyRequest<{ Params: FileParams }>) => {
    const info = await stat(path.join(ROOT, path.basename(request.params.name)));
    return { size: info.size };
  });

  app.get('/files/:name/preview', async (request: FastifyRequest<{ Params: FileParams; Querystring: FileQuery }>, reply) => {
    const parts = [ROOT];
    if (request.query.dir) parts.push(request.query.dir);
    parts.push(request.params.name);
    // expect: path-traversal
    const text = await readFile(parts.join('/'), 'utf8');
    return reply.type('text/plain').send(text.slice(0, 4096));
  });

  app.get('/files/:name/go', async (request: FastifyRequest<{ Params: FileParams; Querystring: { next?: string } }>, reply) => {
    const next = request.query.next;
    // expect: open-redirect
    return reply.redirect(next ? next : `/files/${encodeURIComponent(request.params.name)}`);
  });

  app.get('/v2/files/:name/go', async (request: FastifyRequest<{ Params: FileParams; Querystring: { next?: string } }>, reply) => {
    const next = request.query.next;
    const local = next && /^\/[a-z0-9/_-]*$/i.test(next) ? next : `/files/${encodeURIComponent(request.params.name)}`;
    return reply.redirect(local);
  });
}
