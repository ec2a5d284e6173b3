import type { FastifyInstance, FastifyPluginOptions, FastifyRequest } from 'fastify';

declare module 'fastify' {
	interface FastifyRequest {
		clientLang: string;
		embedTheme: string;
	}
}

const SUPPORTED_LANGS = ['en-US', 'ja-JP', 'de-DE', 'fr-FR', 'ko-KR', 'zh-CN'];

function escapeAttr(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export class ClientServerService {
	public createServer(fastify: FastifyInstance, _options: FastifyPluginOptions, done: (err?: Error) => void) {
		fastify.decorateRequest('clientLang', '');
		fastify.decorateRequest('embedTheme', '');

		fastify.addHook('onRequest', async (request: FastifyRequest<{ Querystring: { lang?: string; theme?: string } }>) => {
			request.clientLang = request.query.lang ?? request.headers['accept-language']?.split(',')[0] ?? 'en-US';
			request.embedTheme = request.query.theme ?? 'light';
		});

		fastify.get('/embed/notes/:id', async (request, reply) => {
			const lang = SUPPORTED_LANGS.includes(request.clientLang) ? request.clientLang : 'en-US';
			const { id } = request.params as { id: string };
			reply.header('Content-Type', 'text/html; charset=utf-8');
			return reply.send(`<!doctype html><html lang="${lang}"><body data-note="${escapeAttr(id)}"><div id="misskey_app"></div></body></html>`);
		});

		fastify.get('/embed/user-timeline/:username', async (request, reply) => {
			const { username } = request.params as { username: string };
			const html = `<!doctype html><html lang="${escapeAttr(request.clientLang)}" data-theme="${request.embedTheme}"><body data-user="${escapeAttr(username)}"></body></html>`;
			reply.header('Content-Type', 'text/html; charset=utf-8');
			// expect: xss
			return reply.send(html);
		});

		done();
	}
}
