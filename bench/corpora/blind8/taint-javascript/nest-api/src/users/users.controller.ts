// library: NestJS
import { Body, Controller, Get, Param, ParseIntPipe, Post, Query, Redirect, Res } from '@nestjs/common';
import { Response } from 'express';
import escapeHtml from 'escape-html';

import { UsersService } from './users.service';

@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get(':id')
  one(@Param('id', ParseIntPipe) id: number) {
    return this.users.findOne(id);
  }

  @Get()
  search(@Query('name') name: string) {
    return this.users.searchByName(name);
  }

  @Get('safe/search')
  searchSafe(@Query('name') name: string) {
    return this.users.searchByNameSafe(name);
  }

  @Get('profile/card')
  card(@Query('name') name: string, @Res() res: Response) {
    // expect: xss
    res.send(`<div class="card">${name}</div>`);
  }

  @Get('profile/card-safe')
  cardSafe(@Query('name') name: string, @Res() res: Response) {
    res.send(`<div class="card">${escapeHtml(name)}</div>`);
  }

  @Get('go/away')
  @Redirect('/', 302)
  away(@Query('to') to: string) {
    // expect: open-redirect
    return { url: to };
  }

  @Post('avatar')
  avatar(@Body() body: { url: string }) {
    return this.users.importAvatar(body.url);
  }
}
