import { libraryItemRepository } from '../repository/library_item'

const SORT_COLUMNS: Record<string, string> = { saved: 'saved_at', updated: 'updated_at', published: 'published_at', read: 'read_at' }

export interface SearchArgs {
  query: string
  size: number
  from: number
}

const parseQuery = (query: string) => {
  const parts = query.split(' ')
  let sortBy = 'saved'
  let order = 'DESC'
  const terms: string[] = []
  let siteName: string | undefined
  for (const part of parts) {
    if (part.startsWith('sort:')) {
      const [field, dir] = part.slice(5).split('-')
      sortBy = field
      order = dir === 'asc' ? 'ASC' : 'DESC'
    } else if (part.startsWith('site:')) {
      siteName = part.slice(5)
    } else if (!part.startsWith('in:')) {
      terms.push(part)
    }
  }
  return { sortBy, order, terms, siteName }
}

export const searchLibraryItems = async (args: SearchArgs, userId: string) => {
  const { sortBy, order, terms, siteName } = parseQuery(args.query)
  const column = SORT_COLUMNS[sortBy] || 'saved_at'
  const items = await libraryItemRepository.search(userId, terms.join(' '), column, order, args.size, args.from)
  const bySite = siteName ? await libraryItemRepository.findBySite(userId, siteName) : []
  return { items: [...items, ...bySite], total: items.length + bySite.length }
}
