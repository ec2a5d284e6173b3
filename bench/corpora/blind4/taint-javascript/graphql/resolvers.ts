import { Sequelize, QueryTypes } from 'sequelize';
import { PrismaClient } from '@prisma/client';
import axios from 'axios';

const sequelize = new Sequelize(process.env.DATABASE_URL ?? '');
const prisma = new PrismaClient();

type Ctx = { user?: { id: string } };

function orderClause(sort?: string): string {
  return sort === 'oldest' ? 'created_at ASC' : 'created_at DESC';
}

export const resolvers = {
  Query: {
    async posts(_: unknown, args: { author: string; sort?: string }) {
      // expect: tainted-sql
      return sequelize.query(`SELECT * FROM posts WHERE author = '${args.author}' ORDER BY ${orderClause(args.sort)}`, { type: QueryTypes.SELECT });
    },
    async postsSafe(_: unknown, args: { author: string; sort?: string }) {
      return sequelize.query(`SELECT * FROM posts WHERE author = :author ORDER BY ${orderClause(args.sort)}`, {
        replacements: { author: args.author },
        type: QueryTypes.SELECT,
      });
    },
    async search(_: unknown, { term }: { term: string }) {
      const sql = 'SELECT id, title FROM posts WHERE title ILIKE \'%' + term + '%\'';
      // expect: tainted-sql
      return prisma.$queryRawUnsafe(sql);
    },
    async searchSafe(_: unknown, { term }: { term: string }) {
      return prisma.post.findMany({ where: { title: { contains: term, mode: 'insensitive' } }, select: { id: true, title: true } });
    },
  },
  Mutation: {
    async importAvatar(_: unknown, { url }: { url: string }, ctx: Ctx) {
      if (!ctx.user) throw new Error('login required');
      // expect: tainted-ssrf
      const res = await axios.get(url, { responseType: 'arraybuffer', timeout: 5000 });
      return prisma.user.update({ where: { id: ctx.user.id }, data: { avatar: Buffer.from(res.data) } });
    },
  },
};
