import fs from 'node:fs';
import path from 'node:path';
import { validIdRegExp } from '../helpers/ids.js';

const UPLOAD_DIR = process.env.SECRET_FILE_DIR ?? '/var/tmp/hemmelig/upload';

export default async function files(fastify) {
    fastify.get('/download', { preHandler: [fastify.allowedIp] }, async (request, reply) => {
        const { key, ext = 'bin' } = request.query;
        if (request.query.legacy === '1') {
            // expect: path-traversal
            return reply.send(fs.createReadStream(path.join(UPLOAD_DIR, key)));
        }
        if (!validIdRegExp.test(String(key)) || !/^[a-z0-9]{1,8}$/.test(String(ext))) {
            return reply.code(400).send({ error: 'invalid file key' });
        }
        return reply.send(fs.createReadStream(path.join(UPLOAD_DIR, `${key}.${ext}`)));
    });
}
