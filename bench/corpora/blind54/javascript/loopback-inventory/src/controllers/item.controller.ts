import { inject } from '@loopback/core'
import { repository, Filter } from '@loopback/repository'
import { get, param, post, requestBody, Request, RestBindings, HttpErrors, response } from '@loopback/rest'
import { ItemRepository } from '../repositories/item.repository'
import { Item } from '../models'

export class ItemController {
  constructor(
    @repository(ItemRepository) private itemRepo: ItemRepository,
    @inject(RestBindings.Http.REQUEST) private req: Request,
  ) {}

  @get('/items')
  @response(200, { description: 'Items' })
  async find(@param.filter(Item) filter?: Filter<Item>): Promise<Item[]> {
    return this.itemRepo.find(filter)
  }

  @get('/items/low-stock')
  async lowStock(@param.query.string('warehouse') warehouse: string, @param.query.number('threshold') threshold = 5) {
    return this.itemRepo.lowStock(warehouse, threshold)
  }

  @get('/items/by-prefix/{prefix}')
  async byPrefix(@param.path.string('prefix') prefix: string) {
    return this.itemRepo.bySkuPrefix(prefix)
  }

  @get('/items/by-code')
  async byCode() {
    const code = String(this.req.query.code ?? '')
    if (!/^[A-Z]{3}-\d{4}$/.test(code)) {
      throw new HttpErrors.BadRequest('invalid code')
    }
    return this.itemRepo.bySkuPrefix(code)
  }

  @post('/items/bulk-adjust')
  async bulkAdjust(@requestBody() body: { warehouse: string; delta: number; skus: string[] }) {
    const delta = Number(body.delta)
    if (!Number.isFinite(delta)) throw new HttpErrors.BadRequest('delta')
    const placeholders = body.skus.map((_, i) => `$${i + 3}`).join(',')
    return this.itemRepo.execute(`UPDATE items SET qty = qty + $1 WHERE warehouse = $2 AND sku IN (${placeholders})`, [delta, body.warehouse, ...body.skus])
  }
}
