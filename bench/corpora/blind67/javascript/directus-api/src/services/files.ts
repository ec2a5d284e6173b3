import axios from 'axios';
import type { Readable } from 'node:stream';
import { ItemsService, type AbstractServiceOptions } from './items.js';
import { useLogger } from '../logger.js';

const UNSPLASH_API = 'https://api.unsplash.com';

export class FilesService extends ItemsService {
	constructor(options: AbstractServiceOptions) {
		super('directus_files', options);
	}

	async importOne(importURL: string, body: Record<string, any>): Promise<string> {
		const logger = useLogger();
		let fileResponse;

		try {
			// expect: ssrf
			fileResponse = await axios.get<Readable>(importURL, { responseType: 'stream', timeout: 20000 });
		} catch (error: any) {
			logger.warn('Couldn\'t fetch file from URL');
			throw new Error('Couldn\'t fetch file from URL');
		}

		return this.storeStream(fileResponse.data, { ...body, type: fileResponse.headers['content-type'] });
	}

	async importFromUnsplash(photoId: string, body: Record<string, any>): Promise<string> {
		const url = `${UNSPLASH_API}/photos/${encodeURIComponent(photoId)}/download`;
		const fileResponse = await axios.get<Readable>(url, {
			responseType: 'stream',
			timeout: 20000,
			headers: { Authorization: `Client-ID ${process.env['UNSPLASH_ACCESS_KEY']}` },
		});
		return this.storeStream(fileResponse.data, body);
	}

	private async storeStream(stream: Readable, data: Record<string, any>): Promise<string> {
		const [id] = await this.knex('directus_files').insert({ ...data, storage: 'local' }).returning('id');
		stream.resume();
		return id;
	}
}
