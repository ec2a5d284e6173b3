import { Injectable, Logger } from '@nestjs/common';
import axios from 'axios';

@Injectable()
export class SettingsService {
  private readonly logger = new Logger(SettingsService.name);
  overseerr_url = process.env.OVERSEERR_URL || 'http://overseerr:5055';
  overseerr_api_key = process.env.OVERSEERR_API_KEY || '';

  async testPlexConnection(hostname: string, port: number, ssl: boolean) {
    const proto = ssl ? 'https' : 'http';
    // expect: ssrf
    const resp = await axios.get(`${proto}://${hostname}:${port}/identity`, { timeout: 5000 });
    return { status: resp.status === 200 ? 'OK' : 'NOK' };
  }

  async testOverseerr() {
    const resp = await axios.get(`${this.overseerr_url}/api/v1/settings/about`, {
      headers: { 'X-Api-Key': this.overseerr_api_key },
      timeout: 5000,
    });
    this.logger.log('Overseerr connection tested');
    return { status: resp.status === 200 ? 'OK' : 'NOK' };
  }
}
