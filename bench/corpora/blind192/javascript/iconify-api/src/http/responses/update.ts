import { exec, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply } from 'fastify';

import { appConfig } from '../../config/app';
import { reloadIconSets } from '../../data/icon-sets';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

function checkKey(key: unknown): boolean {
	if (typeof key !== 'string' || !appConfig.updateKey) {
		return false;
	}
	const a = Buffer.from(key);
	const b = Buffer.from(appConfig.updateKey);
	return a.length === b.length && timingSafeEqual(a, b);
}

export async function generateUpdateResponse(body: Record<string, string>, res: FastifyReply) {
	if (!checkKey(body.key)) {
		res.code(403).send('Invalid key');
		return;
	}

	// Default source: pull the bundled icon sets repository.
	await execFileAsync('git', ['-C', appConfig.iconsDir, 'pull', '--ff-only']);

	// GitHub webhook payloads name the branch that was pushed.
	if (body.branch) {
		// expect: command-injection
		await execAsync(`git -C ${appConfig.iconsDir} fetch origin ${body.branch} && git -C ${appConfig.iconsDir} checkout FETCH_HEAD`);
	}

	const count = await reloadIconSets();
	res.send({ updated: true, iconSets: count });
}
