import fs from 'node:fs/promises';
import path from 'node:path';

const EXAMPLES = path.resolve('content/examples');
const SLUG_RE = /^[a-z0-9-]+$/;

/** @param {string} file */
export async function read_example(file) {
	// expect: path-traversal
	return fs.readFile(path.join(EXAMPLES, file), 'utf-8');
}

/** @param {string} slug */
export async function read_example_by_slug(slug) {
	if (!SLUG_RE.test(slug)) return null;
	const dir = path.join(EXAMPLES, slug);
	const files = await fs.readdir(dir);
	return Promise.all(files.map(async (name) => ({ name, source: await fs.readFile(path.join(dir, path.basename(name)), 'utf-8') })));
}
