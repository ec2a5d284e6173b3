import { Injectable, NotFoundException } from '@nestjs/common';
import { ProductsRepository } from './products.repository';
import { SearchProductsDto, SortSpec } from './dto/search-products.dto';

const ALLOWED_COLUMNS = new Set(['id', 'name', 'brand', 'category', 'price', 'created_at']);

@Injectable()
export class ProductsService {
  constructor(private readonly repo: ProductsRepository) {}

  search(dto: SearchProductsDto, sort: SortSpec) {
    return this.repo.search(dto, sort);
  }

  withColumns(fields: string[]) {
    const columns = fields.map((f) => f.trim()).filter(Boolean);
    return this.repo.selectColumns(columns);
  }

  withAllowedColumns(fields: string[]) {
    const columns = fields.map((f) => f.trim()).filter((f) => ALLOWED_COLUMNS.has(f));
    return this.repo.selectColumns(columns.length ? columns : ['id', 'name']);
  }

  byTag(tag: string, brand?: string) {
    return this.repo.byTag(tag, brand);
  }

  page(page: number, orderBy?: string) {
    const order = orderBy === 'price' ? 'price' : 'name';
    return this.repo.page(page, order);
  }

  async findOne(id: string) {
    const product = await this.repo.findOne(id);
    if (!product) throw new NotFoundException();
    return product;
  }
}
