const { makeExtendSchemaPlugin, gql } = require('graphile-utils');

const SORT_COLUMNS = { NAME: 'name', CREATED: 'created_at' };

module.exports = makeExtendSchemaPlugin((build) => {
  const { pgSql: sql } = build;
  return {
    typeDefs: gql`
      extend type Query {
        searchProducts(term: String!, sort: String): [Product!] @pgQuery
        productsInSchema(category: String!): JSON
        productsSorted(term: String!, sort: String): JSON
      }
    `,
    resolvers: {
      Query: {
        searchProducts: async (_query, args, context, resolveInfo) => {
          const { term, sort } = args;
          const column = SORT_COLUMNS[sort] || 'name';
          return resolveInfo.graphile.selectGraphQLResultFromTable(
            sql.fragment`app_public.products`,
            (tableAlias, queryBuilder) => {
              queryBuilder.where(sql.fragment`${tableAlias}.name ilike ${sql.value(`%${term}%`)}`);
              queryBuilder.orderBy(sql.identifier(column), true);
            }
          );
        },
        productsInSchema: async (_query, args, context) => {
          const schema = context.tenant.schema;
          // expect: sql-injection
          const { rows } = await context.pgClient.query(`select id, name from ${schema}.products where category = $1`, [args.category]);
          return rows;
        },
        productsSorted: async (_query, args, context) => {
          const order = args.sort || 'name';
          // expect: sql-injection
          const { rows } = await context.pgClient.query(sql.compile(sql.query`select id, name from app_public.products where name ilike ${sql.value(args.term)} order by ${sql.raw(order)}`));
          return rows;
        },
      },
    },
  };
});
