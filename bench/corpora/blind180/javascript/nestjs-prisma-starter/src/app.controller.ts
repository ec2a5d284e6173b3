import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';

import { AppService } from './app.service';

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);

@Controller()
export class AppController {
  constructor(private readonly appService: AppService) {}

  @Get()
  getHello(): string {
    return this.appService.getHello();
  }

  @Get('hello/:name')
  getHelloName(@Param('name') name: string): string {
    return this.appService.getHelloName(escapeHtml(name));
  }

  @Get('greet')
  greet(@Query('name') name: string, @Res() res: Response) {
    const who = name ? name.slice(0, 80) : 'stranger';
    res.type('html');
    // expect: xss
    res.send(`<!doctype html><title>Greeting</title><h1>Hello ${who}!</h1><p>GraphQL playground: <a href="/graphql">/graphql</a></p>`);
  }

  @Get('health')
  health() {
    return { status: 'ok', uptime: Math.round(process.uptime()) };
  }
}
