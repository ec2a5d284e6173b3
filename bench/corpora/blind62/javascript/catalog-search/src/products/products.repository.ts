import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Product } from './product.entity';
import { SearchProductsDto, SortSpec } from './dto/search-products.dto';

@Injectable()
export class ProductsRepository {
  constructor(
    @InjectRepository(Product) private readonly products: Repository<Product>,
    private readonly dataSource: DataSource,
  ) {}

  search(dto: SearchProductsDto, sort: SortSpec) {
    const qb = this.products.createQueryBuilder('p');
    if (dto.q) qb.andWhere('p.name ILIKE :q', { q: `%${dto.q}%` });
    if (dto.brand) qb.andWhere('p.brand = :brand', { brand: dto.brand });
    if (dto.priceMin !== undefined) qb.andWhere(`p.price >= ${dto.priceMin}`);
    if (dto.category) {
      // expect: sql-injection
      qb.andWhere(`p.category = '${dto.category}'`);
    }
    qb.orderBy(sort.column, sort.direction).take(dto.limit ?? 20);
    return qb.getMany();
  }

  selectColumns(columns: string[]) {
    const list = columns.map((c) => `"${c}"`).join(', ');
    // expect: sql-injection
    return this.dataSource.query(`SELECT ${list} FROM products ORDER BY name LIMIT 50`);
  }

  byTag(tag: string, brand?: string) {
    const params: string[] = [tag];
    let sql = 'SELECT id, name, price FROM products WHERE $1 = ANY(tags)';
    if (brand) {
      params.push(brand);
      sql += ' AND brand = $2';
    }
    return this.dataSource.query(sql, params);
  }

  page(page: number, order: string) {
    return this.dataSource.query(`SELECT id, name, price FROM products ORDER BY ${order} OFFSET ${(page - 1) * 20} LIMIT 20`);
  }

  findOne(id: string) {
    return this.products.findOne({ where: { id } });
  }
}
