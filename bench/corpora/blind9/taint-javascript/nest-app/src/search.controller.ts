// library: NestJS controller + TypeORM raw queries
import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, ILike } from 'typeorm';
import { Article } from './article.entity';

@Controller('search')
export class SearchController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  search(@Query('q') q: string) {
    // expect: sql-injection
    return this.db.query(`SELECT id, title FROM articles WHERE title ILIKE '%${q}%'`);
  }

  @Get('safe')
  searchSafe(@Query('q') q: string) {
    return this.db.getRepository(Article).find({ where: { title: ILike(`%${q}%`) } });
  }

  @Get('author/:name')
  byAuthor(@Param('name') name: string) {
    return this.db
      .getRepository(Article)
      .createQueryBuilder('a')
      // expect: sql-injection
      .where("a.author = '" + name + "'")
      .getMany();
  }

  @Get('page/:n')
  page(@Param('n', ParseIntPipe) n: number) {
    return this.db.query('SELECT id, title FROM articles ORDER BY id LIMIT 20 OFFSET $1', [n * 20]);
  }

  @Get('tag')
  byTag(@Query('tag') tag: string) {
    // expect: sql-injection
    return this.db.manager.query('SELECT id FROM articles WHERE $1 = ANY(tags) OR category = \'' + tag + '\'', [tag]);
  }
}
