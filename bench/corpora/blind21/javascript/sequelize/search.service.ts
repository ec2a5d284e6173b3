// sequelize (TypeScript): a search service whose filters come from a query-string DTO
import { Op, QueryTypes, Sequelize, WhereOptions } from 'sequelize';
import { Product } from '../models/product';

export interface SearchDto {
  q?: string;
  sort?: string;
  dir?: string;
  tag?: string;
  minPrice?: string;
}

const SORTS: Record<string, string> = { price: 'price', newest: 'created_at', name: 'name' };

export class ProductSearchService {
  constructor(private readonly sequelize: Sequelize) {}

  async search(dto: SearchDto) {
    const where: WhereOptions = {};
    if (dto.q) where['name'] = { [Op.iLike]: `%${dto.q}%` };
    if (dto.minPrice) where['price'] = { [Op.gte]: Number(dto.minPrice) || 0 };
    const sort = SORTS[dto.sort ?? ''] ?? 'created_at';
    const dir = dto.dir === 'asc' ? 'ASC' : 'DESC';
    return Product.findAll({ where, order: [[sort, dir]], limit: 50 });
  }

  async searchLegacy(dto: SearchDto) {
    const dir = dto.dir ?? 'DESC';
    // expect: sql-injection
    return Product.findAll({ order: Sequelize.literal(`${dto.sort} ${dir}`), limit: 50 });
  }

  async byTag(dto: SearchDto) {
    // expect: sql-injection
    return Product.findAll({ where: Sequelize.literal(`tags @> ARRAY['${dto.tag}']::text[]`) });
  }

  async byTagSafe(dto: SearchDto) {
    return Product.findAll({ where: { tags: { [Op.contains]: [dto.tag ?? ''] } } });
  }

  async countByTag(tag: string): Promise<number> {
    const rows = await this.sequelize.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM products WHERE :tag = ANY(tags)',
      { replacements: { tag }, type: QueryTypes.SELECT },
    );
    return rows[0]?.n ?? 0;
  }

  async facet(column: string, q: string) {
    const sql = `SELECT ${column} AS value, count(*) AS n FROM products WHERE name ILIKE :q GROUP BY 1`;
    // expect: sql-injection
    return this.sequelize.query(sql, { replacements: { q: `%${q}%` }, type: QueryTypes.SELECT });
  }

  async facetSafe(column: string, q: string) {
    const allowed = ['brand', 'color', 'size'];
    if (!allowed.includes(column)) throw new Error('unknown facet');
    const sql = `SELECT ${column} AS value, count(*) AS n FROM products WHERE name ILIKE :q GROUP BY 1`;
    return this.sequelize.query(sql, { replacements: { q: `%${q}%` }, type: QueryTypes.SELECT });
  }
}
