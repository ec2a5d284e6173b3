import Fastify from 'fastify';
import { createReadStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { fetch } from 'undici';
import postgres from 'postgres';

const app = Fastify({ logger: true });
const sql = postgres(process.env.DATABASE_URL);
const UPLOADS = path.resolve('/srv/uploads');

app.get('/files/:name', async (req, reply) => {
  // expect: path-traversal
  return reply.type('application/octet-stream').send(createReadStream(`${UPLOADS}/${req.params.name}`));
});

app.get('/files-safe/:name', async (req, reply) => {
  const name = path.basename(req.params.name);
  return reply.type('application/octet-stream').send(createReadStream(path.join(UPLOADS, name)));
});

app.delete('/files', async (req) => {
  const { name } = req.body;
  // expect: path-traversal
  await unlink(path.join(UPLOADS, name));
  return { deleted: name };
});

app.get('/tags', async (req) => {
  const { tag } = req.query;
  return sql`SELECT id, name FROM files WHERE ${tag} = ANY(tags)`;
});

app.get('/tags-raw', async (req) => {
  const { tag } = req.query;
  // expect: sql-injection
  return sql.unsafe(`SELECT id, name FROM files WHERE '${tag}' = ANY(tags)`);
});

app.post('/import', async (req) => {
  const src = req.body.source;
  // expect: ssrf
  const res = await fetch(src);
  return { bytes: (await res.arrayBuffer()).byteLength };
});

app.get('/preview', async (req, reply) => {
  const { title } = req.query;
  // expect: xss
  return reply.type('text/html').send(`<title>${title}</title>`);
});

app.get('/preview-plain', async (req, reply) => {
  return reply.type('text/plain').send(`title: ${req.query.title}`);
});

app.get('/next', async (req, reply) => {
  // expect: open-redirect
  return reply.redirect(req.query.url);
});

app.post('/scan', (req, reply) => {
  const name = path.basename(req.body.name);
  execFile('clamscan', ['--no-summary', path.join(UPLOADS, name)], (err, out) => reply.send({ clean: !err, out }));
});

export default app;
