import { GraphQLError } from 'graphql';
import { Sequelize, QueryTypes, Op } from 'sequelize';
import knexFactory from 'knex';
import got from 'got';
import { Project } from './models';

const sequelize = new Sequelize(process.env.DATABASE_URL as string);
const knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });
const STATUS = ['open', 'closed', 'archived'] as const;

interface Ctx { user: { id: number; orgId: number } }

export const resolvers = {
  Query: {
    projects: async (_: unknown, args: { search: string }, ctx: Ctx) => {
      const sql = `SELECT * FROM projects WHERE org_id = ${ctx.user.orgId} AND name LIKE '%${args.search}%'`;
      // expect: sql-injection
      return sequelize.query(sql, { type: QueryTypes.SELECT });
    },
    projectsSafe: async (_: unknown, { search }: { search: string }, ctx: Ctx) =>
      Project.findAll({ where: { orgId: ctx.user.orgId, name: { [Op.iLike]: `%${search}%` } } }),
    byStatus: async (_: unknown, { status }: { status: string }) => {
      if (!(STATUS as readonly string[]).includes(status)) throw new GraphQLError('bad status');
      return sequelize.query(`SELECT * FROM projects WHERE status = '${status}'`, { type: QueryTypes.SELECT });
    },
    stats: async (_: unknown, { groupBy }: { groupBy: string }) =>
      // expect: sql-injection
      knex('projects').select(knex.raw(`${groupBy}, count(*)`)).groupByRaw(groupBy),
    statsSafe: async (_: unknown, { groupBy }: { groupBy: string }) =>
      knex('projects').select(groupBy === 'owner' ? 'owner_id' : 'status').count('* as n').groupBy(groupBy === 'owner' ? 'owner_id' : 'status'),
  },
  Mutation: {
    importFromUrl: async (_: unknown, { url }: { url: string }) => {
      // expect: ssrf
      const body = await got(url, { timeout: { request: 5000 } }).json();
      return { count: Array.isArray(body) ? body.length : 0 };
    },
    importFromGithub: async (_: unknown, { repo }: { repo: string }) => {
      if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new GraphQLError('bad repo');
      const body = await got(`https://api.github.com/repos/${repo}/issues`, { timeout: { request: 5000 } }).json();
      return { count: Array.isArray(body) ? body.length : 0 };
    },
    computeField: async (_: unknown, { formula }: { formula: string }) => {
      // expect: code-injection
      const fn = new Function('row', 'return ' + formula);
      return fn({ a: 1, b: 2 });
    },
  },
};
