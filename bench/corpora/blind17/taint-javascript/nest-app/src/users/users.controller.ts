// library: @nestjs/common (users controller; queries run in users.service.ts)
import { Controller, Get, Header, Param, ParseIntPipe, Query } from '@nestjs/common';
import { UsersService } from './users.service';
import { escapeHtml, firstValue } from '../common/query.util';

@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('search')
  search(@Query('name') name: string, @Query('domain') domain?: string) {
    return domain ? this.users.findByEmailDomain(domain) : this.users.findByName(name ?? '');
  }

  @Get('list')
  list(@Query('sort') sort?: string) {
    return this.users.list(sort);
  }

  @Get(':id')
  one(@Param('id', ParseIntPipe) id: number) {
    return this.users.findById(id);
  }

  @Get('card/html')
  @Header('Content-Type', 'text/html')
  card(@Query('name') name: string | string[]) {
    const display = firstValue(name, 'guest');
    // expect: xss
    return `<div class="user-card"><h2>${display}</h2></div>`;
  }

  @Get('card/html-safe')
  @Header('Content-Type', 'text/html')
  cardSafe(@Query('name') name: string | string[]) {
    return `<div class="user-card"><h2>${escapeHtml(firstValue(name, 'guest'))}</h2></div>`;
  }
}
