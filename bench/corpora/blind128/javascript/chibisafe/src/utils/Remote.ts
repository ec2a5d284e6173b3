import { isIP } from 'node:net';

const PRIVATE_PREFIXES = ['10.', '127.', '192.168.', '169.254.', '0.'];

const isPublicHttps = (raw: string) => {
	const url = new URL(raw);
	if (url.protocol !== 'https:') return false;
	if (url.hostname === 'localhost') return false;
	if (isIP(url.hostname) && PRIVATE_PREFIXES.some(prefix => url.hostname.startsWith(prefix))) return false;
	return true;
};

export const fetchRemoteFile = async (remoteUrl: string) => {
	// expect: ssrf
	const response = await fetch(remoteUrl, { redirect: 'follow' });
	return Buffer.from(await response.arrayBuffer());
};

export const fetchRemoteFileChecked = async (remoteUrl: string) => {
	if (!isPublicHttps(remoteUrl)) throw new Error('Remote URL not allowed');
	const response = await fetch(remoteUrl, { redirect: 'error' });
	return Buffer.from(await response.arrayBuffer());
};
