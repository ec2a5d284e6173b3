// nestjs: short-link and SSO return controllers
import { Controller, Get, Query, Param, Redirect, Res, BadRequestException, Header } from '@nestjs/common';
import { Response } from 'express';
import { LinksService } from './links.service';

const RETURN_HOSTS = ['app.example.com', 'admin.example.com'];

@Controller('links')
export class LinksController {
  constructor(private readonly links: LinksService) {}

  @Get('out')
  @Redirect('https://www.example.com', 302)
  out(@Query('to') to: string) {
    // expect: open-redirect
    return { url: to };
  }

  @Get('sso/return')
  @Redirect()
  ssoReturn(@Query('returnTo') returnTo: string) {
    const u = new URL(returnTo, 'https://app.example.com');
    if (!RETURN_HOSTS.includes(u.hostname)) throw new BadRequestException();
    return { url: u.toString(), statusCode: 302 };
  }

  @Get(':code')
  async follow(@Param('code') code: string, @Res() res: Response) {
    const target = await this.links.resolve(code);
    res.redirect(target ?? '/');
  }

  @Get('legacy/go')
  legacy(@Query('u') u: string, @Res() res: Response) {
    // expect: open-redirect
    res.redirect(u);
  }

  @Get('hello')
  @Header('Content-Type', 'text/html')
  hello(@Query('name') name: string) {
    // expect: xss
    return `<h1>Hello ${name}</h1>`;
  }

  @Get('hello.json')
  helloJson(@Query('name') name: string) {
    return { greeting: `Hello ${name}` };
  }
}
