import { appDataSource } from '../data_source'
import { LibraryItem } from '../entity/library_item'

export const libraryItemRepository = appDataSource.getRepository(LibraryItem).extend({
  createPending(data: { userId: string; originalUrl: string; state: string }) {
    return this.save({ user: { id: data.userId }, originalUrl: data.originalUrl, state: data.state })
  },

  search(userId: string, text: string, column: string, order: string, size: number, from: number) {
    return appDataSource.query(
      `SELECT id, title, original_url FROM omnivore.library_item WHERE user_id = $1 AND search_tsv @@ websearch_to_tsquery($2) ORDER BY ${column} ${order} LIMIT $3 OFFSET $4`,
      [userId, text, size, from]
    )
  },

  findBySite(userId: string, siteName: string) {
    // expect: sql-injection
    return appDataSource.query(`SELECT id, title FROM omnivore.library_item WHERE user_id = '${userId}' AND site_name ILIKE '%${siteName}%'`)
  },
})
