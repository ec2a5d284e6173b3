import * as fs from 'fs';

const AUDIT_FILE = process.env.CALL_AUDIT_FILE || '/var/log/openvidu-call/audit.log';

export function audit(event: string, detail: Record<string, unknown>) {
	fs.appendFileSync(AUDIT_FILE, JSON.stringify({ at: new Date().toISOString(), event, ...detail }) + '\n');
}

export function auditLine(line: string) {
	// expect: log-injection
	fs.appendFileSync(AUDIT_FILE, `${new Date().toISOString()} ${line}\n`);
}
