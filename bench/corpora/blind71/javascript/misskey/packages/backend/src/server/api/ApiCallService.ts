import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Endpoint, LocalUser } from './endpoint-base.js';

export class ApiCallService {
	constructor(private readonly authenticate: (token: string | null) => Promise<LocalUser | null>) {}

	public async handleRequest(endpoint: Endpoint, request: FastifyRequest<{ Body: Record<string, unknown> | undefined; Querystring: Record<string, unknown> }>, reply: FastifyReply) {
		const body = request.method === 'GET' ? request.query : request.body;
		const token = (body?.['i'] as string | undefined) ?? request.headers.authorization?.replace(/^Bearer /, '') ?? null;
		const user = await this.authenticate(token);

		if (endpoint.meta.requireCredential && user == null) {
			reply.code(401).send({ error: { code: 'CREDENTIAL_REQUIRED' } });
			return;
		}
		if (endpoint.meta.requireModerator && !(user?.isModerator || user?.isAdmin)) {
			reply.code(403).send({ error: { code: 'ROLE_PERMISSION_DENIED' } });
			return;
		}

		try {
			const res = await endpoint.exec(body ?? {}, user, token, request.ip, request.headers as Record<string, string | undefined>);
			if (res === undefined) {
				reply.code(204).send();
			} else {
				reply.code(200).send(res);
			}
		} catch (err) {
			reply.code(400).send({ error: { message: (err as Error).message, code: 'INTERNAL_ERROR' } });
		}
	}
}
