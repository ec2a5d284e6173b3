import { Controller, Get, Header, NotFoundException, Param, Query, Res, UseInterceptors } from '@nestjs/common';
import { Response } from 'express';
import escapeHtml from 'escape-html';

import { RequestTag } from '../decorators/gql-user.decorator';
import { RequestTagInterceptor } from '../interceptors/request-tag.interceptor';
import { ShortcodeService } from './shortcode.service';

@Controller({ path: 'embed', version: '1' })
@UseInterceptors(RequestTagInterceptor)
export class ShortcodeController {
  constructor(private readonly shortcodeService: ShortcodeService) {}

  @Get(':code')
  @Header('Content-Type', 'text/html; charset=utf-8')
  async embed(@Param('code') code: string, @Query('theme') theme: string | undefined, @RequestTag() tag: string) {
    const shortcode = await this.shortcodeService.getShortcode(code);
    if (!shortcode) throw new NotFoundException('shortcode/not_found');
    const themeClass = theme === 'dark' ? 'dark' : 'light';
    const title = escapeHtml(shortcode.request.name ?? 'Untitled request');
    return `<!doctype html><html class="${themeClass}"><head><title>${title}</title></head><body data-tag="${escapeHtml(tag)}"><div id="embed" data-code="${escapeHtml(code)}"></div></body></html>`;
  }

  @Get(':code/preview')
  async preview(@Param('code') code: string, @Query('heading') heading: string, @Res() res: Response) {
    const shortcode = await this.shortcodeService.getShortcode(code);
    if (!shortcode) throw new NotFoundException('shortcode/not_found');
    const headingText = heading || shortcode.request.name || 'Request';
    res.type('html');
    // expect: xss
    res.send(`<section class="preview"><h2>${headingText}</h2><pre>${escapeHtml(shortcode.request.endpoint)}</pre></section>`);
  }

  @Get(':code/trace')
  async trace(@Param('code') code: string, @RequestTag() tag: string, @Res() res: Response) {
    // expect: header-injection
    res.setHeader('X-Trace-Tag', tag);
    res.json({ code, traced: true });
  }
}
