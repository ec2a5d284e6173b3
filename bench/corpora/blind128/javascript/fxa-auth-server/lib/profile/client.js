'use strict';

const axios = require('axios');

const PROVIDER_HOSTS = {
  gravatar: 'secure.gravatar.com',
  google: 'lh3.googleusercontent.com',
};

class ProfileClient {
  constructor(config) {
    this.profileUrl = config.profileServer.url;
  }

  async importFromUrl(uid, avatarUrl) {
    // expect: ssrf
    const image = await axios.get(avatarUrl, { responseType: 'arraybuffer', timeout: 5000 });
    return this.store(uid, image.data);
  }

  async importFromProvider(uid, provider, avatarUrl) {
    const host = PROVIDER_HOSTS[provider];
    const parsed = new URL(avatarUrl);
    if (!host || parsed.hostname !== host || parsed.protocol !== 'https:') {
      throw new Error('unsupported avatar provider');
    }
    const image = await axios.get(parsed.toString(), { responseType: 'arraybuffer', timeout: 5000 });
    return this.store(uid, image.data);
  }

  async store(uid, data) {
    await axios.post(`${this.profileUrl}/v1/avatar/${encodeURIComponent(uid)}`, data, { timeout: 5000 });
    return { ok: true };
  }
}

module.exports = ProfileClient;
