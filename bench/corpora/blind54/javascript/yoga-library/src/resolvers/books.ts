import { GraphQLError } from 'graphql'
import got from 'got'
import type { Ctx } from '../context'
import { coverClient } from '../services/covers'

export const bookResolvers = {
  Query: {
    books: (_: unknown, args: { filter?: any; orderBy?: string; limit?: number }, ctx: Ctx) =>
      ctx.catalog.list(args.filter ?? {}, args.orderBy, args.limit),

    book: (_: unknown, { id }: { id: string }, ctx: Ctx) => ctx.catalog.byId(id),

    searchBooks: async (_: unknown, { term }: { term: string }, ctx: Ctx) => {
      if (term.length < 2) {
        throw new GraphQLError('term too short', { extensions: { code: 'BAD_USER_INPUT' } })
      }
      return ctx.catalog.remember(term).searchRemembered()
    },

    coverPreview: async (_: unknown, args: { url: string }) => {
      // expect: ssrf
      const body = await got(args.url, { timeout: { request: 4000 } }).buffer()
      return body.toString('base64')
    },
  },

  Mutation: {
    setCover: async (_: unknown, { id, url }: { id: string; url: string }, ctx: Ctx) => {
      const stored = await coverClient.store(id, url)
      return { ...(await ctx.catalog.byId(id)), coverUrl: stored }
    },

    renameShelf: (_: unknown, { shelf, to }: { shelf: string; to: string }, ctx: Ctx) => ctx.catalog.renameShelf(shelf, to),
  },
}
