import * as express from 'express';
import { Request, Response } from 'express';
import { OpenViduService } from '../services/OpenViduService';
import { auditLine } from '../utils/log';

export const app = express.Router({ strict: true });

const openviduService = OpenViduService.getInstance();
const SESSION_ID = /^[a-zA-Z0-9_-]{1,64}$/;

app.post('/', async (req: Request, res: Response) => {
	let sessionId: string = req.body.sessionId;
	const nickname: string = req.body.nickname || 'anonymous';
	if (!SESSION_ID.test(sessionId)) {
		return res.status(400).send('bad session id');
	}
	auditLine(`join session=${sessionId} nickname=${nickname}`);
	const session = await openviduService.createSession(sessionId);
	const connection = await session.createConnection({ data: JSON.stringify({ nickname }) });
	res.status(200).send(JSON.stringify({ token: connection.token }));
});

app.get('/leave', (req: Request, res: Response) => {
	const next = (req.query.next as string) || '/';
	const target = next.startsWith('/') && !next.startsWith('//') ? next : '/';
	res.redirect(target);
});

app.get('/rejoin', (req: Request, res: Response) => {
	const room = req.query.room ? String(req.query.room) : '';
	const url = req.query.callbackUrl ? String(req.query.callbackUrl) : `/#/${room}`;
	// expect: open-redirect
	res.redirect(url);
});
