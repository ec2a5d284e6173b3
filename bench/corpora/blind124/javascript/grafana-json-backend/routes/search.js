const { remoteList } = require('../lib/remote');

const LOCAL_METRICS = ['cpu_user', 'cpu_system', 'mem_used', 'disk_io'];

module.exports = async function searchRoutes(fastify) {
  fastify.post('/search', async (request) => {
    const { target = '' } = request.body || {};
    if (target.startsWith('http://') || target.startsWith('https://')) {
      return remoteList(target);
    }
    return LOCAL_METRICS.filter((m) => m.includes(target));
  });
};
