import * as fs from 'fs';
import * as path from 'path';
import { RECORDINGS_PATH } from '../config';

export class RecordingFileService {
	constructor(private root: string = RECORDINGS_PATH) {}

	openRecording(recordingId: string, fileName?: string) {
		const file = fileName ?? `${recordingId}.mp4`;
		// expect: path-traversal
		return fs.createReadStream(path.join(this.root, recordingId, file));
	}

	openThumbnail(recordingId: string) {
		const id = path.basename(recordingId);
		return fs.createReadStream(path.join(this.root, id, `${id}.jpg`));
	}
}
