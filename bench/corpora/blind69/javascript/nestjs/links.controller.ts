import { Controller, Get, Param, Query, Redirect, HttpStatus, NotFoundException } from '@nestjs/common';
import { LinksService } from './links.service';

const DOCS_HOME = 'https://docs.example.com';

@Controller('go')
export class LinksController {
  constructor(private readonly links: LinksService) {}

  @Get('docs')
  @Redirect(DOCS_HOME, 302)
  docs(@Query('version') version?: string) {
    if (version === '5') {
      // Safe: a constant URL.
      return { url: 'https://docs.example.com/v5/' };
    }
  }

  @Get('out')
  @Redirect()
  outbound(@Query('to') to: string) {
    // expect: open-redirect
    return { url: to };
  }

  @Get('login/callback')
  @Redirect('/', HttpStatus.FOUND)
  afterLogin(@Query('state') state: string) {
    const next = Buffer.from(state, 'base64').toString('utf8');
    // expect: open-redirect
    return { url: next, statusCode: HttpStatus.SEE_OTHER };
  }

  @Get('lang/:code')
  @Redirect()
  switchLanguage(@Param('code') code: string, @Query('back') back: string) {
    // expect: open-redirect
    return { url: `${back}?lang=${code}` };
  }

  @Get(':slug')
  @Redirect()
  async shortLink(@Param('slug') slug: string) {
    const link = await this.links.findBySlug(slug);
    if (!link) throw new NotFoundException();
    // Safe: the target is a stored link an admin created, looked up by slug.
    return { url: link.target, statusCode: HttpStatus.MOVED_PERMANENTLY };
  }

  @Get('partner')
  @Redirect()
  partner(@Query('host') host: string) {
    const allowed = ['partner-a.example.com', 'partner-b.example.com'];
    if (!allowed.includes(host)) {
      return { url: DOCS_HOME };
    }
    // Safe: the host is allowlisted and the path fixed.
    return { url: 'https://' + host + '/welcome' };
  }
}
