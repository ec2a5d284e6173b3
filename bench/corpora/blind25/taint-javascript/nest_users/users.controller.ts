import { Body, Controller, Get, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { Response } from 'express';
import { UsersService } from './users.service';

class SearchDto {
  name: string;
  role?: string;
}

@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get(':id')
  one(@Param('id', ParseIntPipe) id: number) {
    return this.users.findOne(id);
  }

  @Post('search')
  search(@Body() dto: SearchDto) {
    // expect: sql-injection
    return this.users.search(dto.name, dto.role);
  }

  @Post('search-safe')
  searchSafe(@Body() dto: SearchDto) {
    return this.users.searchSafe(dto.name, dto.role);
  }

  @Get()
  list(@Query('sort') sort = 'u.id') {
    // expect: sql-injection
    return this.users.orderBy(sort);
  }

  @Get('card/:name')
  card(@Param('name') name: string, @Res() res: Response) {
    // expect: xss
    res.type('html').send(`<div class="user-card">${name}</div>`);
  }
}
