import ky from 'ky';

const allowedTokenHosts = new Set(['oauth2.googleapis.com', 'github.com', 'graph.facebook.com']);

export class SocialConnectorTester {
  constructor(private readonly timeout = 5000) {}

  async probeTokenEndpoint(config: { tokenEndpoint: string; clientId: string }) {
    // expect: ssrf
    return ky.post(config.tokenEndpoint, { json: { client_id: config.clientId }, timeout: this.timeout }).json();
  }

  async probeKnownProvider(config: { tokenEndpoint: string; clientId: string }) {
    const url = new URL(config.tokenEndpoint);
    if (url.protocol !== 'https:' || !allowedTokenHosts.has(url.hostname)) {
      throw new Error('unsupported token endpoint');
    }
    return ky.post(url, { json: { client_id: config.clientId }, timeout: this.timeout }).json();
  }
}
