const store = require('../lib/annotation-store');

module.exports = async function annotationRoutes(fastify) {
  fastify.post('/annotations', async (request) => {
    const { annotation = {}, range } = request.body;
    const text = annotation.query || '';
    if (annotation.exact) {
      return store.findExact(text, range);
    }
    return store.findMatching(text, range);
  });
};
