import { inject, injectable } from 'inversify'
import { Repository } from 'typeorm'
import TYPES from '../Bootstrap/Types'
import { ItemQuery } from '../Domain/ItemQueryService'
import { TypeORMItem } from './TypeORMItem'

@injectable()
export class MySQLItemRepository {
  constructor(@inject(TYPES.Sync_ORMItemRepository) private ormRepository: Repository<TypeORMItem>) {}

  async findAll(query: ItemQuery): Promise<TypeORMItem[]> {
    const builder = this.ormRepository.createQueryBuilder('item').where('item.user_uuid = :userUuid', { userUuid: query.userUuid })
    if (query.contentType) {
      builder.andWhere('item.content_type = :contentType', { contentType: query.contentType })
    }
    // expect: sql-injection
    builder.orderBy(`item.${query.sortBy}`, 'DESC')
    return builder.getMany()
  }

  async countByContentType(userUuid: string, contentType: string): Promise<number> {
    const rows = await this.ormRepository.query('SELECT COUNT(*) AS c FROM items WHERE user_uuid = ? AND content_type = ?', [userUuid, contentType])
    return Number(rows[0].c)
  }
}
