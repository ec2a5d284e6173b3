import { inject } from '@loopback/core'
import { DefaultCrudRepository, juggler } from '@loopback/repository'
import { Item, ItemRelations } from '../models'

export class ItemRepository extends DefaultCrudRepository<Item, typeof Item.prototype.id, ItemRelations> {
  constructor(@inject('datasources.pg') dataSource: juggler.DataSource) {
    super(Item, dataSource)
  }

  async lowStock(warehouse: string, threshold: number) {
    return this.execute('SELECT id, sku, qty FROM items WHERE warehouse = $1 AND qty < $2 ORDER BY qty', [warehouse, threshold])
  }

  async bySkuPrefix(prefix: string) {
    // expect: sql-injection
    return this.execute(`SELECT id, sku, qty FROM items WHERE sku LIKE '${prefix}%'`)
  }
}
