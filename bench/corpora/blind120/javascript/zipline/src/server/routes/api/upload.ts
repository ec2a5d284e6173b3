import { FastifyInstance, FastifyRequest } from 'fastify';
import { randomBytes } from 'crypto';
import { extname } from 'path';
import { datasource } from 'lib/datasource';
import createLogger from 'lib/logger';
import prisma from 'lib/prisma';

const logger = createLogger('upload');

type UploadHeaders = { 'x-zipline-filename'?: string; 'x-zipline-original-name'?: string; format?: string };

export default async function uploadRoute(server: FastifyInstance) {
  server.post('/api/upload', async (req: FastifyRequest<{ Headers: UploadHeaders }>, reply) => {
    const file = await req.file();
    if (!file) return reply.code(400).send({ error: 'no file' });
    const data = await file.toBuffer();
    const override = req.headers['x-zipline-filename'];
    const originalName = req.headers['x-zipline-original-name'] ?? file.filename;

    const generated = randomBytes(6).toString('hex') + extname(file.filename).replace(/[^.a-z0-9]/gi, '');
    const name = override ?? generated;

    if (override) {
      await datasource.put(name, data);
    } else {
      await datasource.putSafe(name, data);
    }
    const row = await prisma.file.create({ data: { name, originalName, size: data.length, userId: req.user.id } });
    logger.info(`${req.user.username} uploaded ${originalName} as ${name}`);
    logger.json('upload', { user: req.user.id, originalName, name });
    return reply.send({ files: [`/u/${row.name}`] });
  });
}
