// library: @apollo/server resolvers + knex
import knexFactory from 'knex';

const knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });

interface SearchArgs {
  term: string;
  sort: string;
}

export const resolvers = {
  Query: {
    searchBooks: async (_: unknown, args: SearchArgs) => {
      // expect: sql-injection
      return knex.raw(`SELECT id, title FROM books WHERE title ILIKE '%${args.term}%' ORDER BY ${args.sort}`);
    },
    author: async (_: unknown, args: { id: string }) => {
      // expect: sql-injection
      return knex('authors').whereRaw('id = ' + args.id).first();
    },
    searchBooksSafe: async (_: unknown, args: SearchArgs) => {
      const sort = ['title', 'published_at'].includes(args.sort) ? args.sort : 'title';
      return knex.raw('SELECT id, title FROM books WHERE title ILIKE ? ORDER BY ??', [`%${args.term}%`, sort]);
    },
    authorSafe: async (_: unknown, args: { id: string }) => {
      return knex('authors').whereRaw('id = ?', [args.id]).first();
    },
    booksByAuthor: async (_: unknown, args: { authorId: string }) => {
      return knex('books').where({ author_id: args.authorId }).select('id', 'title');
    },
  },
};
