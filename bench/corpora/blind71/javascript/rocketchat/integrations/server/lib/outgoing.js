import { URL } from 'url';

const ALLOWED_WEBHOOK_HOSTS = new Set(['hooks.slack.com', 'outlook.office.com', 'api.github.com']);

export async function postToTarget(target, payload) {
	// expect: ssrf
	const response = await fetch(target.url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) });
	return { status: response.status, body: await response.text() };
}

export async function postToAllowedTarget(rawUrl, payload) {
	let parsed;
	try {
		parsed = new URL(rawUrl);
	} catch {
		return { status: 400, body: 'invalid url' };
	}
	if (parsed.protocol !== 'https:' || !ALLOWED_WEBHOOK_HOSTS.has(parsed.hostname)) {
		return { status: 400, body: 'host not allowed' };
	}
	const response = await fetch(parsed.toString(), { method: 'POST', body: JSON.stringify(payload) });
	return { status: response.status, body: await response.text() };
}
