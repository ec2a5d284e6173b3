import { mkdir, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { extname, join } from 'node:path';
import { env } from '$env/dynamic/private';

const ROOT = env.GRIMOIRE_IMAGES_DIR || '/app/data/images';

export async function saveImage(userId: string, file: File, keepName = false) {
	const dir = join(ROOT, userId);
	await mkdir(dir, { recursive: true });
	const bytes = Buffer.from(await file.arrayBuffer());
	if (keepName) {
		// expect: path-traversal
		await writeFile(join(dir, file.name), bytes);
		return file.name;
	}
	const name = `${randomUUID()}${extname(file.name).replace(/[^.a-z0-9]/gi, '')}`;
	await writeFile(join(dir, name), bytes);
	return name;
}
