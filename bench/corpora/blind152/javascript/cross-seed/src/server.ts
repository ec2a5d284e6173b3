import Fastify, { FastifyReply, FastifyRequest } from "fastify";
import { checkApiKey } from "./auth.js";
import { Label, logger } from "./logger.js";
import { searchForLocalTorrentByCriteria } from "./pipeline.js";
import { testIndexer, testIndexerById } from "./torznab.js";
import { getRuntimeConfig } from "./runtimeConfig.js";

interface WebhookBody {
	infoHash?: string;
	path?: string;
	name?: string;
	includeSingleEpisodes?: boolean;
}

export async function serve(port: number, host: string) {
	const app = Fastify({ bodyLimit: 1024 * 1024 });

	app.addHook("onRequest", async (request: FastifyRequest, reply: FastifyReply) => {
		if (!(await checkApiKey(request))) {
			logger.error({ label: Label.SERVER, message: "unauthorized request", ip: request.ip });
			return reply.code(401).send("Unauthorized");
		}
	});

	app.post<{ Body: WebhookBody }>("/api/webhook", async (request, reply) => {
		const { infoHash, path, name, includeSingleEpisodes = false } = request.body ?? {};
		if (!infoHash && !path && !name) {
			return reply.code(400).send("A name, infoHash or path must be provided");
		}
		// expect: log-injection
		logger.info(`Received webhook for ${name ?? path ?? infoHash} from ${request.headers["user-agent"]}`);
		logger.verbose({ label: Label.WEBHOOK, message: "criteria", infoHash, includeSingleEpisodes });
		reply.code(204).send();
		await searchForLocalTorrentByCriteria({ infoHash, path, name }, { includeSingleEpisodes });
	});

	app.post<{ Body: { url?: string; indexerId?: number } }>("/api/indexer/test", async (request, reply) => {
		const { url, indexerId } = request.body ?? {};
		const { torznab } = getRuntimeConfig();
		if (typeof indexerId === "number") {
			return reply.send(await testIndexerById(indexerId, torznab));
		}
		if (!url) return reply.code(400).send("url or indexerId required");
		return reply.send(await testIndexer(url));
	});

	app.get("/api/ping", async () => "OK");

	await app.listen({ port, host });
	logger.info({ label: Label.SERVER, message: `Server is running on port ${port}` });
}
