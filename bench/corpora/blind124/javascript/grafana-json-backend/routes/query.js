const metrics = require('../lib/metrics-repository');
const { applyTransform, applyNamedTransform } = require('../lib/transform');

module.exports = async function queryRoutes(fastify) {
  fastify.post('/query', async (request) => {
    const { targets = [], range, adhocFilters = [] } = request.body;
    const out = [];
    for (const t of targets) {
      let datapoints = await metrics.series(t.target, range, adhocFilters);
      if (t.payload && t.payload.transform) {
        datapoints = applyNamedTransform(t.payload.transform, datapoints);
      } else if (t.payload && t.payload.expression) {
        datapoints = applyTransform(t.payload.expression, datapoints);
      }
      out.push({ target: t.target, datapoints });
    }
    return out;
  });

  fastify.post('/tag-values', async (request) => {
    const { key } = request.body;
    return metrics.tagValues(key);
  });
};
