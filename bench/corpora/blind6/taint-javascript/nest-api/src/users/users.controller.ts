import { Body, Controller, Get, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Response } from 'express';
import { join, basename } from 'path';
import { DataSource, Repository } from 'typeorm';
import { User } from './user.entity';
import { UsersService } from './users.service';

const AVATARS = '/srv/api/avatars';

@Controller('users')
export class UsersController {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly usersService: UsersService,
  ) {}

  @Get('search')
  async search(@Query('name') name: string) {
    // expect: sql-injection-nest-typeorm
    return this.dataSource.query(`SELECT id, name FROM users WHERE name LIKE '%${name}%'`);
  }

  @Get('search-safe')
  async searchSafe(@Query('name') name: string) {
    return this.dataSource.query('SELECT id, name FROM users WHERE name LIKE $1', [`%${name}%`]);
  }

  @Get(':id')
  async findOne(@Param('id', ParseIntPipe) id: number) {
    return this.users.findOneBy({ id });
  }

  @Get('by-email/:email')
  async byEmail(@Param('email') email: string) {
    return this.users
      .createQueryBuilder('u')
      // expect: sql-injection-nest-querybuilder
      .where(`u.email = '${email}'`)
      .getOne();
  }

  @Get('by-email-safe/:email')
  async byEmailSafe(@Param('email') email: string) {
    return this.users.createQueryBuilder('u').where('u.email = :email', { email }).getOne();
  }

  @Get('avatar/:file')
  avatar(@Param('file') file: string, @Res() res: Response) {
    // expect: path-traversal-nest
    return res.sendFile(join(AVATARS, file));
  }

  @Get('avatar-safe/:file')
  avatarSafe(@Param('file') file: string, @Res() res: Response) {
    return res.sendFile(basename(file), { root: AVATARS });
  }

  @Post('import')
  async import(@Body() body: { source: string }) {
    return this.usersService.importFrom(body.source);
  }

  @Get('welcome')
  welcome(@Query('name') name: string, @Res() res: Response) {
    // expect: xss-nest-res-send
    res.send(`<h1>Welcome ${name}</h1>`);
  }
}
