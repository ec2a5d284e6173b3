// nest-api/src/search/search.controller.ts: search with DTO defaults and a repository helper
import { Controller, Get, Injectable, Query } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Product } from '../products/product.entity';

export class SearchQuery {
  q?: string;
  brand?: string;
  order?: 'ASC' | 'DESC';
  field?: string;
}

const FIELDS: Record<string, string> = { name: 'p.name', price: 'p.price', rating: 'p.rating' };

@Injectable()
export class SearchRepository {
  constructor(@InjectRepository(Product) private readonly products: Repository<Product>) {}

  search({ q = '', brand, order = 'DESC', field = 'name' }: SearchQuery) {
    const qb = this.products.createQueryBuilder('p').where('p.name ILIKE :q', { q: `%${q}%` });
    if (brand) {
      qb.andWhere('p.brand = :brand', { brand });
    }
    const column = FIELDS[field] ?? FIELDS.name;
    return qb.orderBy(column, order === 'ASC' ? 'ASC' : 'DESC').take(50).getMany();
  }

  searchFast({ q = '', brand, field = 'name' }: SearchQuery) {
    const qb = this.products.createQueryBuilder('p');
    const filters = [`p.name ILIKE '%${q}%'`];
    if (brand) filters.push(`p.brand = '${brand}'`);
    // expect: sql-injection
    qb.where(filters.join(' AND '));
    return qb.orderBy(FIELDS[field] ?? FIELDS.name).take(50).getMany();
  }

  suggest(prefix: string) {
    // expect: sql-injection
    return this.products.query(`SELECT DISTINCT name FROM product WHERE name LIKE '${prefix}%' LIMIT 10`);
  }

  suggestSafe(prefix: string) {
    return this.products.query('SELECT DISTINCT name FROM product WHERE name LIKE $1 LIMIT 10', [`${prefix}%`]);
  }
}

@Controller('search')
export class SearchController {
  constructor(private readonly repo: SearchRepository) {}

  @Get()
  search(@Query() query: SearchQuery) {
    return this.repo.search(query);
  }

  @Get('fast')
  fast(@Query() query: SearchQuery) {
    return this.repo.searchFast(query);
  }

  @Get('suggest')
  suggest(@Query('prefix') prefix = '') {
    return this.repo.suggest(prefix);
  }

  @Get('suggest-safe')
  suggestSafe(@Query('prefix') prefix = '') {
    return this.repo.suggestSafe(prefix);
  }
}
