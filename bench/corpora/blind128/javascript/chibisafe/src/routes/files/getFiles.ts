import type { FastifyReply, FastifyRequest } from 'fastify';
import fileService from '../../services/FileService';

export const options = {
	url: '/files',
	method: 'get',
	middlewares: ['auth']
};

type Query = { page?: string; limit?: string; sort?: string; order?: string; strictSort?: string };

export const run = async (req: FastifyRequest<{ Querystring: Query }>, res: FastifyReply) => {
	const { page = '1', limit = '50', sort = 'createdAt', order = 'desc', strictSort } = req.query;
	const userId = (req as any).user.id as number;
	const take = Math.min(Number.parseInt(limit, 10) || 50, 200);
	const skip = (Math.max(Number.parseInt(page, 10) || 1, 1) - 1) * take;

	const files =
		strictSort === 'true'
			? await fileService.listSorted(userId, sort, order, take, skip)
			: await fileService.listByColumn(userId, sort, order, take, skip);

	return res.send({ message: 'Successfully retrieved files', files });
};
