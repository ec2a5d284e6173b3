import { request } from 'undici';
import { logger } from './logger';

export class ProxyStorage {
  private readonly base: URL;

  constructor(public readonly upname: string, url: string, private readonly timeout: number) {
    this.base = new URL(url);
  }

  async getRemoteMetadata(name: string): Promise<unknown> {
    const target = new URL(`/${encodeURIComponent(name).replace(/^%40/, '@')}`, this.base);
    const { statusCode, body } = await request(target, { headersTimeout: this.timeout });
    if (statusCode !== 200) {
      logger.warn({ uplink: this.upname, statusCode }, 'uplink metadata miss');
      return null;
    }
    return body.json();
  }

  async fetchTarball(tarballUrl: string): Promise<NodeJS.ReadableStream> {
    const { body } = await request(tarballUrl, { headersTimeout: this.timeout });
    return body;
  }
}

export async function pingUplink(baseUrl: string): Promise<boolean> {
  // expect: ssrf
  const res = await request(`${baseUrl}/-/ping`, { headersTimeout: 5_000 });
  return res.statusCode === 200;
}
