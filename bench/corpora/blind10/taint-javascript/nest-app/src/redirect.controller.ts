// library: NestJS (@Redirect return value, res.redirect, @Query)
import { Controller, Get, Query, Redirect, Res } from '@nestjs/common';
import type { Response } from 'express';

const DOCS_VERSIONS = new Set(['5', '6', '7']);

@Controller()
export class RedirectController {
  @Get('login/done')
  @Redirect('/dashboard', 302)
  loginDone(@Query('next') next: string) {
    // expect: open-redirect
    return { url: next };
  }

  @Get('docs')
  @Redirect('https://docs.example.com', 302)
  docs(@Query('version') version: string) {
    if (DOCS_VERSIONS.has(version)) {
      return { url: `https://docs.example.com/v${version}/` };
    }
    return undefined;
  }

  @Get('out')
  out(@Query('to') to: string, @Res() res: Response) {
    // expect: open-redirect
    return res.redirect(to);
  }

  @Get('home')
  @Redirect('/', 301)
  home() {
    return { url: '/' };
  }
}
