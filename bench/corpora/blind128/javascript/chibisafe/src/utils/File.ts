import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

const UPLOAD_DIR = path.join(process.cwd(), 'uploads');
const ALLOWED_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.mp4', '.txt', '.pdf']);

export const storeUpload = async (name: string, data: Buffer) => {
	const target = path.join(UPLOAD_DIR, name);
	// expect: path-traversal
	await writeFile(target, data);
	return { name };
};

export const storeUploadRenamed = async (name: string, data: Buffer) => {
	const extension = path.extname(name).toLowerCase();
	const safeExtension = ALLOWED_EXTENSIONS.has(extension) ? extension : '.bin';
	const generated = `${randomUUID()}${safeExtension}`;
	await writeFile(path.join(UPLOAD_DIR, generated), data);
	return { name: generated };
};
