import { Controller, Get, Query, Redirect, Param, Req } from '@nestjs/common';
import { Request } from 'express';

const DOCS_HOME = 'https://docs.example.com';

@Controller('go')
export class RedirectController {
  @Get('out')
  @Redirect()
  out(@Query('to') to: string) {
    // expect: open-redirect
    return { url: to };
  }

  @Get('login-return')
  @Redirect('/', 302)
  afterLogin(@Req() req: Request) {
    const next = (req.query.next as string) || '/';
    // expect: open-redirect
    return { url: next, statusCode: 303 };
  }

  @Get('partner/:slug')
  @Redirect('https://example.com', 301)
  partner(@Param('slug') slug: string, @Query('ref') ref: string) {
    const target = `https://${slug}.partners.example.com/${ref}`;
    // expect: open-redirect
    return { url: target };
  }

  @Get('campaign')
  @Redirect()
  async campaign(@Query() query: Record<string, string>) {
    const dest = decodeURIComponent(query.dest);
    // expect: open-redirect
    return { url: dest };
  }

  // Safe look-alikes: fixed targets and an allowlist.
  @Get('docs')
  @Redirect()
  docs(@Query('version') version: string) {
    if (version && version.startsWith('5')) {
      return { url: 'https://docs.example.com/v5/' };
    }
    return { url: DOCS_HOME };
  }

  @Get('help')
  @Redirect()
  help(@Query('topic') topic: string) {
    const pages: Record<string, string> = { billing: '/help/billing', account: '/help/account' };
    return { url: pages[topic] ?? '/help' };
  }
}
