import { Controller, Get, NotFoundException, Param, Query, Redirect } from '@nestjs/common';
import { LinksService } from './links.service';

@Controller()
export class LinksController {
  constructor(private readonly links: LinksService) {}

  @Get('out')
  @Redirect()
  outbound(@Query('url') url: string) {
    // expect: open-redirect
    return { url: url };
  }

  @Get('r/:code')
  @Redirect('/', 302)
  async shortLink(@Param('code') code: string) {
    const link = await this.links.findByCode(code);
    if (!link) throw new NotFoundException();
    // expect: open-redirect
    return { url: link.target, statusCode: 301 };
  }

  @Get('login/done')
  @Redirect()
  loginDone(@Query('next') next = '/') {
    // expect: open-redirect
    return { url: `${next}?login=ok` };
  }

  @Get('docs')
  @Redirect('https://docs.example.com', 302)
  docs(@Query('version') version?: string) {
    if (version === '5') {
      return { url: 'https://docs.example.com/v5/' };
    }
  }

  @Get('home')
  @Redirect()
  home() {
    return { url: '/dashboard' };
  }
}
