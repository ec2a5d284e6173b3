import type { FastifyInstance, FastifyPluginOptions } from 'fastify';
import { InternalStorageService } from '../core/InternalStorageService.js';

const VARIANTS = new Set(['thumbnail', 'webpublic']);

export class FileServerService {
	constructor(private readonly internalStorageService: InternalStorageService) {}

	public createServer(fastify: FastifyInstance, _options: FastifyPluginOptions, done: (err?: Error) => void) {
		fastify.addHook('onRequest', (_request, reply, hookDone) => {
			reply.header('Content-Security-Policy', "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'");
			hookDone();
		});

		fastify.get<{ Params: { key: string } }>('/files/:key', async (request, reply) => {
			const stream = this.internalStorageService.read(request.params.key);
			reply.header('Cache-Control', 'max-age=31536000, immutable');
			return reply.send(stream);
		});

		fastify.get<{ Params: { key: string }; Querystring: { variant?: string } }>('/files/:key/thumb', async (request, reply) => {
			const variant = request.query.variant ?? 'thumbnail';
			const stream = this.internalStorageService.readThumbnail(request.params.key, variant);
			return reply.send(stream);
		});

		fastify.get<{ Params: { key: string }; Querystring: { variant?: string } }>('/files/:key/thumb-checked', async (request, reply) => {
			const variant = VARIANTS.has(request.query.variant ?? '') ? request.query.variant! : 'thumbnail';
			const stream = this.internalStorageService.read(`thumbnail/${variant}-${request.params.key}`);
			return reply.send(stream);
		});

		done();
	}
}
