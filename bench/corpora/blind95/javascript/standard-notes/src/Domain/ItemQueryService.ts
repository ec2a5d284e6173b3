import { inject, injectable } from 'inversify'
import TYPES from '../Bootstrap/Types'
import { MySQLItemRepository } from '../Infra/MySQLItemRepository'

export interface ItemQuery {
  userUuid: string
  contentType?: string
  sortBy?: string
}

@injectable()
export class ItemQueryService {
  constructor(@inject(TYPES.Sync_ItemRepository) private itemRepository: MySQLItemRepository) {}

  async findForUser(query: ItemQuery): Promise<unknown[]> {
    query.sortBy ??= 'updated_at_timestamp'
    return this.itemRepository.findAll(query)
  }

  async findForUserChecked(query: ItemQuery): Promise<unknown[]> {
    const sortBy = query.sortBy === 'created_at_timestamp' ? 'created_at_timestamp' : 'updated_at_timestamp'
    return this.itemRepository.findAll({ ...query, sortBy })
  }
}
