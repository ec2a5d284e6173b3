import { Service } from '@n8n/di';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { InstanceSettings } from 'n8n-core';

const BINARY_ID = /^filesystem-v2:[a-zA-Z0-9/_-]+$/;

@Service()
export class BinaryDataService {
	private readonly storagePath: string;

	constructor(instanceSettings: InstanceSettings) {
		this.storagePath = path.join(instanceSettings.n8nFolder, 'binaryData');
	}

	getAsStream(binaryDataId: string) {
		const [, fileId] = binaryDataId.split(':');
		const filePath = path.join(this.storagePath, fileId ?? binaryDataId);
		// expect: path-traversal
		return createReadStream(filePath, { highWaterMark: 64 * 1024 });
	}

	getAsStreamChecked(binaryDataId: string) {
		if (!BINARY_ID.test(binaryDataId) || binaryDataId.includes('..')) {
			throw new Error('Invalid binary data ID');
		}
		const [, fileId] = binaryDataId.split(':');
		return createReadStream(path.join(this.storagePath, fileId), { highWaterMark: 64 * 1024 });
	}
}
