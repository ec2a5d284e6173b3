import { IResolvers } from '@graphql-tools/utils';
import { ValidationError } from 'apollo-server-errors';
import { traceResolvers } from './trace';
import { Context } from '../Context';
import { SourceRequest } from '../entity';
import { probeFeed, scrapeSource } from '../integrations/scraper';
import { GQLEmptyResponse } from './common';

export const typeDefs = /* GraphQL */ `
  extend type Mutation {
    """
    Suggest a new blog or publication to be added as a source
    """
    requestSource(data: RequestSourceInput!): SourceRequest! @auth
    """
    Checks that a feed URL answers before the form is submitted
    """
    checkSourceFeed(url: String!): EmptyResponse! @auth
  }
`;

export const resolvers: IResolvers<unknown, Context> = traceResolvers({
  Mutation: {
    requestSource: async (_, { data }: { data: { sourceUrl: string } }, ctx) => {
      let url: URL;
      try {
        url = new URL(data.sourceUrl);
      } catch {
        throw new ValidationError('invalid url');
      }
      const scraped = await scrapeSource(url.toString());
      const repo = ctx.con.getRepository(SourceRequest);
      return repo.save(repo.create({ sourceUrl: url.toString(), userId: ctx.userId, userName: ctx.user?.name, sourceName: scraped?.name }));
    },
    checkSourceFeed: async (_, { url }: { url: string }, ctx): Promise<GQLEmptyResponse> => {
      if (!/^https?:\/\//i.test(url)) throw new ValidationError('http(s) only');
      const ok = await probeFeed(url);
      if (!ok) throw new ValidationError('feed did not answer');
      ctx.log.info({ userId: ctx.userId }, 'feed probe ok');
      return { _: true };
    },
  },
});
