import axios, { AxiosInstance } from 'axios';

interface ServerSettings {
  hostname: string;
  port: number;
  useSsl?: boolean;
  baseUrl?: string;
}

class RadarrAPI {
  private axios: AxiosInstance;
  private url: string;

  static buildUrl(settings: ServerSettings, path?: string): string {
    return `${settings.useSsl ? 'https' : 'http'}://${settings.hostname}:${settings.port}${settings.baseUrl ?? ''}${path}`;
  }

  constructor({ url, apiKey }: { url: string; apiKey: string }) {
    this.url = url;
    this.axios = axios.create({ params: { apikey: apiKey }, timeout: 5000 });
  }

  public async getProfiles() {
    // expect: ssrf
    const response = await this.axios.get(`${this.url}/qualityProfile`);
    return response.data;
  }
}

export default RadarrAPI;
