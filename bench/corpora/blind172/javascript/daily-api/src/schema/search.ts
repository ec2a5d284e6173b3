import { IResolvers } from '@graphql-tools/utils';
import { traceResolvers } from './trace';
import { Context } from '../Context';
import { searchPostIds, searchTagSuggestions } from '../common/search';
import { GQLEmptyResponse } from './common';

export const typeDefs = /* GraphQL */ `
  type SearchSuggestion {
    title: String!
  }

  type SearchSuggestionsResults {
    query: String!
    hits: [SearchSuggestion]!
  }

  extend type Query {
    searchPostSuggestions(query: String!, version: Int = 1): SearchSuggestionsResults!
    searchTagSuggestions(query: String!, limit: Int = 10): SearchSuggestionsResults!
  }

  extend type Mutation {
    clearSearchHistory: EmptyResponse! @auth
  }
`;

export const resolvers: IResolvers<unknown, Context> = traceResolvers({
  Query: {
    searchPostSuggestions: async (_, { query }: { query: string }, ctx) => {
      const hits = await searchPostIds(ctx.con, query, 5);
      return { query, hits: hits.map((h) => ({ title: h.title })) };
    },
    searchTagSuggestions: async (_, { query, limit }: { query: string; limit: number }, ctx) => {
      const hits = await searchTagSuggestions(ctx.con, query, Math.min(Math.max(limit, 1), 20));
      return { query, hits: hits.map((value) => ({ title: value })) };
    },
  },
  Mutation: {
    clearSearchHistory: async (_, __, ctx): Promise<GQLEmptyResponse> => {
      await ctx.con.query('DELETE FROM search_history WHERE "userId" = $1', [ctx.userId]);
      return { _: true };
    },
  },
});
