import { GraphQLInt, GraphQLNonNull, GraphQLString } from 'graphql';

import { searchCollectivesInDB } from '../../../../lib/search';
import { AccountCollection } from '../../collection/AccountCollection';
import { ChronologicalOrderInput } from '../../input/ChronologicalOrderInput';

const AccountsCollectionQuery = {
  type: new GraphQLNonNull(AccountCollection),
  args: {
    searchTerm: { type: GraphQLString, description: 'Search accounts related to this term' },
    orderBy: { type: ChronologicalOrderInput, description: 'The order of results' },
    sortField: { type: GraphQLString, description: 'Deprecated: raw column used by the old dashboard' },
    limit: { type: new GraphQLNonNull(GraphQLInt), defaultValue: 100 },
    offset: { type: new GraphQLNonNull(GraphQLInt), defaultValue: 0 },
  },
  async resolve(_, args) {
    const { searchTerm = '', limit, offset } = args;
    const field = args.sortField || args.orderBy?.field || 'createdAt';
    const direction = args.orderBy?.direction === 'ASC' ? 'ASC' : 'DESC';
    const [accounts, totalCount] = await searchCollectivesInDB(searchTerm, offset, limit, { field, direction });
    return { nodes: accounts, totalCount, limit, offset };
  },
};

export default AccountsCollectionQuery;
