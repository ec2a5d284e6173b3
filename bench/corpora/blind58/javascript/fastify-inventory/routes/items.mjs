import { ItemService } from '../services/itemService.mjs';

const listSchema = {
  querystring: {
    type: 'object',
    properties: {
      sku: { type: 'string' },
      status: { type: 'string', enum: ['active', 'archived'] },
      supplier_id: { type: 'integer' },
    },
  },
};

export default async function itemsRoutes(fastify) {
  const service = new ItemService(fastify.pg);

  fastify.get('/', { schema: listSchema }, async (request) => {
    return service.list(request.warehouseTable, request.query);
  });

  fastify.get('/raw', async (request) => {
    return service.listRaw(request.rawWarehouse, request.query.status ?? 'active');
  });

  fastify.get('/supplier/:code', async (request) => {
    return service.bySupplier(request.tenantId, request.params.code);
  });

  fastify.post('/:sku/adjust', async (request, reply) => {
    const delta = Number.parseInt(request.body?.delta, 10);
    if (Number.isNaN(delta)) {
      return reply.code(400).send({ error: 'delta must be an integer' });
    }
    const changed = await service.adjust(request.tenantId, request.params.sku, delta);
    return { changed };
  });

  fastify.post('/tag', async (request) => {
    const { skus = [], tag } = request.body ?? {};
    await service.bulkTag(request.tenantId, skus, tag);
    return { ok: true };
  });
}
