import * as fs from 'node:fs';
import * as Path from 'node:path';

const STORAGE_PATH = Path.resolve(process.env.MISSKEY_FILES_DIR ?? 'files');

export class InternalStorageService {
	public resolvePath(key: string): string {
		const resolved = Path.resolve(STORAGE_PATH, key);
		if (!resolved.startsWith(STORAGE_PATH + Path.sep)) {
			throw new Error('Invalid key');
		}
		return resolved;
	}

	public read(key: string): fs.ReadStream {
		return fs.createReadStream(this.resolvePath(key));
	}

	public readThumbnail(key: string, variant: string): fs.ReadStream {
		// expect: path-traversal
		return fs.createReadStream(Path.join(STORAGE_PATH, 'thumbnail', `${variant}-${key}`));
	}
}
