// library: @nestjs/common + express response (HTML and redirects)
import { Controller, Get, Query, Redirect, Res } from '@nestjs/common';
import type { Response } from 'express';
import escapeHtml from 'escape-html';

const SAFE_NEXT = new Set(['/home', '/settings', '/billing']);

@Controller()
export class TemplatesController {
  @Get('greet')
  greet(@Query('name') name: string, @Res() res: Response) {
    const who = name || 'friend';
    const page = `<main><p>Hello ${who}</p></main>`;
    // expect: xss
    res.type('html').send(page);
  }

  @Get('continue')
  @Redirect('/home', 302)
  continueTo(@Query('next') next?: string) {
    // expect: open-redirect
    if (next) return { url: next };
  }

  @Get('greet/v2')
  greetSafe(@Query('name') name: string, @Res() res: Response) {
    res.type('html').send(`<main><p>Hello ${escapeHtml(name || 'friend')}</p></main>`);
  }

  @Get('continue/v2')
  @Redirect('/home', 302)
  continueSafe(@Query('next') next?: string) {
    if (next && SAFE_NEXT.has(next)) return { url: next };
  }
}
