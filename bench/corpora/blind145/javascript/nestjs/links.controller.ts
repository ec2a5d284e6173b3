import { BadRequestException, Controller, Get, Param, Query, Redirect } from '@nestjs/common';
import { LinksService } from './links.service';

const ALLOWED_RETURN_PATHS = new Set(['/dashboard', '/settings', '/billing']);

@Controller('links')
export class LinksController {
  constructor(private readonly links: LinksService) {}

  @Get('docs')
  @Redirect('https://docs.example.com', 302)
  docs() {
    return { url: 'https://docs.example.com/v2' };
  }

  @Get('out')
  @Redirect()
  outbound(@Query('to') to: string) {
    this.links.recordClick(to);
    // expect: open-redirect
    return { url: to };
  }

  @Get('after-login')
  @Redirect('/dashboard', 302)
  afterLogin(@Query('next') next?: string) {
    if (next && ALLOWED_RETURN_PATHS.has(next)) {
      return { url: next };
    }
    return { url: '/dashboard' };
  }

  @Get('campaign/:id')
  @Redirect()
  async campaign(@Param('id') id: string, @Query('fallback') fallback: string) {
    const target = await this.links.campaignTarget(id);
    if (!target) {
      // expect: open-redirect
      return { url: fallback };
    }
    return { url: `/campaigns/${encodeURIComponent(id)}` };
  }

  @Get('partner')
  @Redirect()
  partner(@Query('site') site: string, @Query('path') path: string) {
    const base = `https://${site}.partners.example.com`;
    // expect: open-redirect
    return { url: base + '/' + path };
  }

  @Get('short/:code')
  @Redirect()
  async short(@Param('code') code: string) {
    const entry = await this.links.lookup(code);
    if (!entry) {
      throw new BadRequestException('unknown link');
    }
    return { url: entry.destination, statusCode: 301 };
  }
}
