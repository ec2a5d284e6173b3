import { OpenVidu, Recording, RecordingMode, Session } from 'openvidu-node-client';
import { OPENVIDU_SECRET, OPENVIDU_URL } from '../config';

export class OpenViduService {
	private static instance: OpenViduService;
	private openvidu: OpenVidu;
	public recordingMap: Map<string, { token: string; recordingId: string }> = new Map();

	private constructor() {
		this.openvidu = new OpenVidu(OPENVIDU_URL, OPENVIDU_SECRET);
	}

	static getInstance(): OpenViduService {
		if (!OpenViduService.instance) {
			OpenViduService.instance = new OpenViduService();
		}
		return OpenViduService.instance;
	}

	public createSession(sessionId: string): Promise<Session> {
		return this.openvidu.createSession({ customSessionId: sessionId, recordingMode: RecordingMode.MANUAL });
	}

	public startRecording(sessionId: string): Promise<Recording> {
		return this.openvidu.startRecording(sessionId, { name: sessionId });
	}

	public listRecordingsBySession(sessionId: string): Promise<Recording[]> {
		return this.openvidu.listRecordings().then((recs) => recs.filter((r) => r.sessionId === sessionId));
	}
}
