import fp from 'fastify-plugin';

const WAREHOUSES = new Map([
  ['north', 'wh_north'],
  ['south', 'wh_south'],
  ['central', 'wh_central'],
]);

async function tenantPlugin(fastify) {
  fastify.decorateRequest('tenantId', '');
  fastify.decorateRequest('warehouseTable', '');
  fastify.decorateRequest('rawWarehouse', '');

  fastify.addHook('onRequest', async (request) => {
    request.tenantId = request.headers['x-tenant-id'] ?? 'default';
    const warehouse = request.headers['x-warehouse'] ?? 'central';
    request.rawWarehouse = warehouse;
    request.warehouseTable = WAREHOUSES.get(warehouse) ?? 'wh_central';
  });
}

export default fp(tenantPlugin, { name: 'tenant', dependencies: ['db'] });
