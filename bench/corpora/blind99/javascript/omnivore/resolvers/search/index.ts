import { QuerySearchArgs, SearchError, SearchSuccess } from '../../generated/graphql'
import { searchLibraryItems } from '../../services/library_item'
import { authorized } from '../../utils/gql-utils'

export const searchResolver = authorized<SearchSuccess, SearchError, QuerySearchArgs>(async (_obj, params, { uid }) => {
  const first = Math.min(params.first || 10, 100)
  const startCursor = params.after || ''
  const { items, total } = await searchLibraryItems({ query: params.query || 'in:inbox', size: first + 1, from: Number(startCursor) || 0 }, uid)
  return { edges: items, pageInfo: { totalCount: total } }
})
