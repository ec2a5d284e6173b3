import { Knex } from 'knex';

export class InventoryStore {
  constructor(private readonly db: Knex) {}

  bySku(sku: string) {
    return this.db('items').where({ sku }).first();
  }

  byWarehouse(warehouse: string) {
    // expect: sql-injection
    return this.db.raw(`SELECT sku, qty FROM items WHERE warehouse = '${warehouse}'`);
  }

  byWarehouseSafe(warehouse: string) {
    return this.db.raw('SELECT sku, qty FROM items WHERE warehouse = ?', [warehouse]);
  }

  withMinQty(min: string) {
    // expect: sql-injection
    return this.db('items').whereRaw('qty >= ' + min);
  }

  withMinQtySafe(min: number) {
    return this.db('items').whereRaw('qty >= ?', [min]);
  }

  sorted(column: string) {
    return this.db('items').orderByRaw('??', [column]);
  }

  renamed(label: string) {
    // expect: sql-injection
    return this.db('items').select(this.db.raw(`name AS "${label}"`));
  }
}
