import { GraphQLError } from 'graphql';
import type { AppContext } from '../context';

export const resolvers = {
  Query: {
    people: async (_: unknown, args: { name?: string }, ctx: AppContext) => {
      const name = args.name ?? '';
      return ctx.directory.findByName(name);
    },
    personByMail: async (_: unknown, { mail }: { mail: string }, ctx: AppContext) => ctx.directory.findByMail(mail),
    groupMembers: async (_: unknown, { group }: { group: string }, ctx: AppContext) => ctx.directory.membersOf(group),
    me: async (_: unknown, __: unknown, ctx: AppContext) => {
      const [person] = await ctx.directory.byUid(ctx.requester);
      if (!person) throw new GraphQLError('unknown requester', { extensions: { code: 'UNAUTHENTICATED' } });
      return person;
    },
    titles: (_: unknown, args: { author?: string; category?: string }, ctx: AppContext) => {
      if (args.author) return ctx.catalog.titlesByAuthor(args.author);
      return ctx.catalog.titlesInCategory(args.category ?? 'books');
    },
    price: (_: unknown, { sku }: { sku: string }, ctx: AppContext) => ctx.catalog.priceOf(sku),
  },
};
