import { Body, Controller, Get, Post } from '@nestjs/common';
import { SettingsService } from './settings.service';

@Controller('/api/settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Post('/test/plex')
  async testPlex(@Body() body: { hostname?: string; port?: number; ssl?: boolean }) {
    const { hostname = 'localhost', port = 32400, ssl = false } = body;
    return this.settings.testPlexConnection(hostname, port, ssl);
  }

  @Get('/test/overseerr')
  async testOverseerr() {
    return this.settings.testOverseerr();
  }
}
