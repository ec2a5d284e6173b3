import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Item } from './item.entity';
import { AdjustDto } from './dto';

const SORT_COLUMNS: Record<string, string> = {
  name: 'item.name',
  sku: 'item.sku',
  quantity: 'item.quantity',
  createdAt: 'item.createdAt',
};

@Injectable()
export class ItemsService {
  private readonly logger = new Logger(ItemsService.name);

  constructor(
    @InjectRepository(Item) private readonly repo: Repository<Item>,
    private readonly dataSource: DataSource,
  ) {}

  list(warehouse: string | undefined, sort = 'name', take = 50) {
    const qb = this.repo.createQueryBuilder('item').orderBy(SORT_COLUMNS[sort] ?? 'item.name', 'ASC').take(take);
    if (warehouse) {
      qb.where('item.warehouse = :warehouse', { warehouse });
    }
    return qb.getMany();
  }

  findBySku(sku: string) {
    // expect: sql-injection
    return this.repo.createQueryBuilder('item').where(`item.sku = '${sku}'`).getOne();
  }

  findBySkuSafe(sku: string) {
    return this.repo.createQueryBuilder('item').where('item.sku = :sku', { sku }).getOne();
  }

  async lowStock(threshold: string, warehouse: string) {
    const limit = Number(threshold) | 0;
    const params: string[] = [];
    let sql = `SELECT sku, quantity FROM items WHERE quantity < ${limit}`;
    if (warehouse) {
      params.push(warehouse);
      sql += ` AND warehouse = $${params.length}`;
    }
    return this.dataSource.query(sql, params);
  }

  async adjust(dto: AdjustDto) {
    const note = dto.reason ?? 'manual';
    // expect: sql-injection
    await this.dataSource.query(`INSERT INTO stock_log (sku, delta, note) VALUES ($1, $2, '${note}')`, [dto.sku, dto.delta]);
    await this.repo.increment({ sku: dto.sku }, 'quantity', dto.delta);
    this.logger.log(`adjusted ${dto.sku} by ${dto.delta}`);
    return this.repo.findOneBy({ sku: dto.sku });
  }

  async bulkDelete(skus: string[]) {
    const quoted = skus.map((s) => `'${s}'`).join(',');
    const sql = `DELETE FROM items WHERE sku IN (${quoted})`;
    // expect: sql-injection
    return this.dataSource.query(sql);
  }
}
