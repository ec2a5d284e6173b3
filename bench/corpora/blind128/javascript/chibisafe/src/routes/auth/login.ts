import type { FastifyReply, FastifyRequest } from 'fastify';
import { logLoginFailure } from '../../utils/Log';
import { fetchRemoteFileChecked } from '../../utils/Remote';

export const options = {
	url: '/auth/login',
	method: 'post'
};

type Body = { username: string; password: string; avatarUrl?: string };

export const run = async (req: FastifyRequest<{ Body: Body }>, res: FastifyReply) => {
	const { username, password, avatarUrl } = req.body;
	const user = await (req.server as any).authenticate(username, password);
	if (!user) {
		logLoginFailure(username);
		return res.code(401).send({ message: 'Wrong credentials' });
	}

	if (avatarUrl) {
		const avatar = await fetchRemoteFileChecked(avatarUrl);
		await (req.server as any).saveAvatar(user.id, avatar);
	}

	const next = (req.query as any).next as string | undefined;
	if (next && next.startsWith('/') && !next.startsWith('//')) {
		return res.redirect(next);
	}
	return res.send({ token: user.token });
};
