import { Body, Controller, Get, Header, Param, Post, Query, Redirect, Res } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Response } from 'express';
import { Repository } from 'typeorm';
import { exec } from 'child_process';
import { User } from './user.entity';

class ExportDto {
  format!: string;
  filter!: string;
}

@Controller('users')
export class UsersController {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  @Get()
  find(@Query('team') team: string) {
    return this.users.find({ where: { team } });
  }

  @Get('raw')
  findRaw(@Query('team') team: string) {
    // expect: sql-injection
    return this.users.query(`SELECT * FROM "user" WHERE team = '${team}'`);
  }

  @Get('qb')
  findQb(@Query('name') name: string) {
    return this.users.createQueryBuilder('u').where('u.name = :name', { name }).getMany();
  }

  @Get('qb-raw')
  findQbRaw(@Query('name') name: string) {
    // expect: sql-injection
    return this.users.createQueryBuilder('u').where(`u.name = '${name}'`).getMany();
  }

  @Post('export')
  export(@Body() dto: ExportDto) {
    const cmd = `pg_dump --table=users --format=${dto.format} --where="${dto.filter}"`;
    // expect: command-injection
    exec(cmd);
    return { queued: true };
  }

  @Get('card/:name')
  @Header('Content-Type', 'text/html')
  card(@Param('name') name: string, @Res() res: Response) {
    // expect: xss
    res.send(`<div class="card">${name}</div>`);
  }

  @Get('go')
  @Redirect('/users', 302)
  go(@Query('url') url: string) {
    // expect: open-redirect
    return { url };
  }
}
