import fastify from 'fastify';
import fastifyFormBody from '@fastify/formbody';

import { appConfig, httpHeaders } from '../config/app';
import { generateSVGResponse } from './responses/svg';
import { generateSearchResponse } from './responses/search';
import { generateCollectionResponse } from './responses/collection';
import { generateUpdateResponse } from './responses/update';
import { iconSets } from '../data/icon-sets';

export async function startHTTPServer() {
	const server = fastify({
		caseSensitive: true,
		maxParamLength: 100,
	});
	await server.register(fastifyFormBody);

	server.addHook('preHandler', async (req, res) => {
		res.headers(
			Object.fromEntries(httpHeaders.map((header) => header.split(':').map((part) => part.trim())) as [string, string][])
		);
	});

	// SVG: /mdi/home.svg?color=red&width=24
	server.get('/:prefix/:name.svg', (req, res) => {
		const { prefix, name } = req.params as { prefix: string; name: string };
		generateSVGResponse(prefix, name, req.query, res);
	});

	server.get('/search', (req, res) => {
		generateSearchResponse(req.query as Record<string, string>, res);
	});

	server.get('/collection', async (req, res) => {
		await generateCollectionResponse(req.query as Record<string, string>, res);
	});

	server.get('/collections', (req, res) => {
		const prefixes = Object.keys(iconSets).sort();
		res.send(Object.fromEntries(prefixes.map((prefix) => [prefix, iconSets[prefix].info])));
	});

	server.post('/update', async (req, res) => {
		await generateUpdateResponse(req.body as Record<string, string>, res);
	});

	server.get('/version', (req, res) => {
		res.send(`Iconify API version ${appConfig.version} (${appConfig.region})`);
	});

	await server.listen({ host: appConfig.host, port: appConfig.port });
	return server;
}
