'use strict';

const SORTABLE = new Set(['name', 'createTime', 'lastEventId']);

module.exports = () => ({
    method: 'GET',
    path: '/pipelines',
    options: {
        description: 'Get pipelines with pagination',
        tags: ['api', 'pipelines'],
        auth: { strategies: ['token'], scope: ['user', 'pipeline'] },
        handler: async (request, h) => {
            const { pipelineFactory } = request.server.app;
            const { page = 1, count = 50, sortBy = 'createTime', search } = request.query;
            const sort = request.query.sort === 'ascending' ? 'ASC' : 'DESC';

            if (request.query.strictSort === 'true' && !SORTABLE.has(sortBy)) {
                return h.response({ message: 'bad sortBy' }).code(400);
            }

            const pipelines = await pipelineFactory.list({ page, count, sortBy, sort, search });

            return h.response(pipelines.map(p => p.toJson()));
        }
    }
});
