// Misc endpoints: favicons for link cards, served through the API so the client never hits third parties.
import { Controller, Get, Query, Res, UseGuards, BadRequestException } from '@nestjs/common';
import type { Response } from 'express';
import { JwtAuthGuard } from '../auth/guard/jwt-auth.guard';
import { MiscService } from './misc.service';

@Controller('v1/misc')
@UseGuards(JwtAuthGuard)
export class MiscController {
  constructor(private readonly miscService: MiscService) {}

  @Get('favicon')
  async favicon(@Query('url') url: string, @Res() res: Response) {
    if (!url) throw new BadRequestException('url is required');
    const icon = await this.miscService.fetchFavicon(url);
    res.setHeader('Content-Type', 'image/x-icon');
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.end(Buffer.from(icon));
  }

  @Get('health')
  health() {
    return { ok: true };
  }

  @Get('reader')
  async reader(@Query('url') url: string) {
    if (!url) throw new BadRequestException('url is required');
    const text = await this.miscService.fetchReadable(url);
    return { text: text.slice(0, 20000) };
  }
}
