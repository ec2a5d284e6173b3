import { Body, Controller, Get, HttpCode, Param, Post, Query, Redirect, Req } from '@nestjs/common';
import type { Request } from 'express';
import { Subscription, WebhooksService } from './webhooks.service';

const DOCS_PAGES: Record<string, string> = {
  setup: 'https://docs.inventory.example.com/webhooks/setup',
  events: 'https://docs.inventory.example.com/webhooks/events',
};

@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly hooks: WebhooksService) {}

  @Post()
  @HttpCode(201)
  subscribe(@Body() sub: Subscription) {
    this.hooks.register(sub);
    return { ok: true };
  }

  @Post(':event/ping')
  ping(@Param('event') event: string) {
    return this.hooks.ping(event);
  }

  @Post('partner')
  partner(@Body() sub: Subscription) {
    return this.hooks.notifyPartner(sub);
  }

  @Get('probe')
  probe(@Query('host') host: string) {
    return this.hooks.probe(host);
  }

  @Get('docs')
  @Redirect()
  docs(@Query('page') page: string) {
    return { url: DOCS_PAGES[page] ?? DOCS_PAGES.setup, statusCode: 302 };
  }

  @Get('continue')
  @Redirect('/', 302)
  continueTo(@Req() req: Request) {
    const back = (req.query.back as string) || req.get('referer') || '/';
    // expect: open-redirect
    return { url: back };
  }
}
