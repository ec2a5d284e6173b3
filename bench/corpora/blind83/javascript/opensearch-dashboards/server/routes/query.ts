import { schema } from '@osd/config-schema';
import { IRouter } from '../../../../src/core/server';
import { SqlQueryBuilder } from '../lib/sql_builder';

export function defineQueryWorkbenchRoutes(router: IRouter) {
  router.post(
    {
      path: '/api/sql_console/query',
      validate: { body: schema.object({ index: schema.string(), field: schema.string(), value: schema.string(), condition: schema.maybe(schema.string()) }) },
    },
    async (context, request, response) => {
      const { index, field, value, condition } = request.body;
      const client = context.core.opensearch.client.asCurrentUser;
      const builder = new SqlQueryBuilder(index.replace(/[^A-Za-z0-9_\-*]/g, '')).whereEquals(field, value);
      if (condition) {
        builder.whereRaw(condition);
      }
      const sql = builder.build();
      // expect: sql-injection
      const result = await client.transport.request({ method: 'POST', path: '/_plugins/_sql', body: { query: sql } });
      return response.ok({ body: result.body });
    }
  );

  router.get(
    { path: '/api/sql_console/preview/{index}', validate: { params: schema.object({ index: schema.string() }) } },
    async (context, request, response) => {
      const sql = new SqlQueryBuilder(request.params.index.replace(/[^A-Za-z0-9_\-*]/g, '')).build(10);
      const result = await context.core.opensearch.client.asCurrentUser.transport.request({ method: 'POST', path: '/_plugins/_sql', body: { query: sql } });
      return response.ok({ body: result.body });
    }
  );
}
