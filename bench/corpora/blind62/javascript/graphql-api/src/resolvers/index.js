import { GraphQLError } from 'graphql';
import GraphQLJSON from 'graphql-type-json';

const orderResolvers = {
  orders: (_, { status = 'open', sortBy = 'created_at', limit = 20 }, { dataSources, user }) =>
    dataSources.orders.list({ customerId: user.sub, status, sortBy, limit }),

  ordersSafe: (_, { status = 'open', sortBy, limit = 20 }, { dataSources, user }) =>
    dataSources.orders.listSafe({ customerId: user.sub, status, sortBy, limit }),

  searchOrders: async (_, { term }, { dataSources, user }) => {
    const rows = await dataSources.orders.search(user.sub, term);
    return rows.map((r) => ({ ...r, createdAt: r.created_at.toISOString() }));
  },

  searchOrdersSafe: async (_, { term }, { dataSources, user }) => dataSources.orders.searchSafe(user.sub, term),

  tracking: async (_, { carrierUrl, carrier, number }, { dataSources }) => {
    if (carrierUrl) return dataSources.shipping.trackAt(carrierUrl, number);
    return dataSources.shipping.track(carrier, number);
  },
};

const userResolvers = {
  users: (_, { filter = {} }, { dataSources }) => dataSources.users.find(filter),
  usersByName: (_, { name }, { dataSources }) => dataSources.users.byName(name),
  usersByNameSafe: (_, { name }, { dataSources }) => dataSources.users.byNameSafe(name),
};

function requireUser(ctx) {
  if (!ctx.user) throw new GraphQLError('unauthenticated', { extensions: { code: 'UNAUTHENTICATED' } });
}

export const resolvers = {
  JSON: GraphQLJSON,
  Query: {
    ...wrapAll(orderResolvers, requireUser),
    ...wrapAll(userResolvers, requireUser),
  },
};

function wrapAll(map, guard) {
  return Object.fromEntries(
    Object.entries(map).map(([name, fn]) => [
      name,
      (parent, args, ctx, info) => {
        guard(ctx);
        return fn(parent, args, ctx, info);
      },
    ]),
  );
}
