import * as express from 'express';
import { Request, Response } from 'express';
import { RecordingFileService } from '../services/RecordingFileService';
import { OpenViduService } from '../services/OpenViduService';
import { audit } from '../utils/log';

export const app = express.Router({ strict: true });

const openviduService = OpenViduService.getInstance();
const files = new RecordingFileService();

app.get('/:recordingId', async (req: Request, res: Response) => {
	const recordingId = req.params.recordingId;
	const fileName = req.query.file as string | undefined;
	res.set('Content-Type', 'video/mp4');
	files.openRecording(recordingId, fileName).pipe(res);
});

app.get('/:recordingId/thumbnail', async (req: Request, res: Response) => {
	files.openThumbnail(req.params.recordingId).pipe(res);
});

app.post('/start', async (req: Request, res: Response) => {
	const sessionId: string = req.body.sessionId;
	const recording = await openviduService.startRecording(sessionId);
	audit('recording-start', { sessionId });
	res.status(200).send(JSON.stringify(recording));
});
