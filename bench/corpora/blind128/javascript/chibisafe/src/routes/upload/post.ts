import type { FastifyReply, FastifyRequest } from 'fastify';
import { storeUpload, storeUploadRenamed } from '../../utils/File';
import { fetchRemoteFile } from '../../utils/Remote';
import { logUpload } from '../../utils/Log';

export const options = {
	url: '/upload',
	method: 'post',
	middlewares: [{ name: 'apiKey', optional: true }]
};

export const run = async (req: FastifyRequest, res: FastifyReply) => {
	const keepName = req.headers['x-keep-original-name'] === 'true';
	const originalName = (req.headers['x-chibisafe-filename'] as string | undefined) ?? 'upload.bin';
	const remoteUrl = req.headers['x-chibisafe-remote-url'] as string | undefined;

	const buffer = remoteUrl ? await fetchRemoteFile(remoteUrl) : await (await req.file())!.toBuffer();
	const saved = keepName ? await storeUpload(originalName, buffer) : await storeUploadRenamed(originalName, buffer);

	logUpload(req.ip, originalName);
	return res.send({ name: saved.name, url: `/${saved.name}` });
};
