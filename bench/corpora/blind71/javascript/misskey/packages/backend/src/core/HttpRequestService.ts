import { Agent } from 'node:http';

export class HttpRequestService {
	private readonly userAgent = `Misskey/${process.env.MISSKEY_VERSION ?? 'dev'}`;

	// Fetches a URL the caller decided on; used for RSS and remote resources.
	public async send(url: string, args: { method?: string; headers?: Record<string, string>; timeout?: number } = {}): Promise<Response> {
		const controller = new AbortController();
		const timer = setTimeout(() => controller.abort(), args.timeout ?? 10000);
		try {
			// expect: ssrf
			return await fetch(url, { method: args.method ?? 'GET', headers: { 'User-Agent': this.userAgent, ...args.headers }, signal: controller.signal });
		} finally {
			clearTimeout(timer);
		}
	}

	public getAgentByUrl(_url: URL): Agent | undefined {
		return undefined;
	}
}
