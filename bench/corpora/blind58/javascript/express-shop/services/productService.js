'use strict';

const productRepository = require('../repositories/productRepository');

const DEFAULT_LIMIT = 20;

class ProductService {
  constructor(repo) {
    this.repo = repo;
  }

  async browse({ category, brand, limit = DEFAULT_LIMIT }) {
    if (brand) {
      return this.repo.findByBrand(brand, limit);
    }
    return this.repo.findByCategory(category, limit);
  }

  async sorted(sortKey) {
    return this.repo.listSorted(sortKey);
  }

  async ordered(options) {
    const { column = 'name', direction } = options;
    return this.repo.listOrderedBy(column, direction);
  }

  async stats(tenant) {
    const total = await this.repo.countForSchema(tenant.schema);
    const own = await this.repo.countForTenantId(tenant.id);
    return { total, own };
  }

  async byIds(rawIds) {
    const ids = rawIds
      .map((v) => Number.parseInt(v, 10))
      .filter((n) => !Number.isNaN(n));
    if (ids.length === 0) return [];
    return this.repo.findByIds(ids);
  }
}

module.exports = new ProductService(productRepository);
