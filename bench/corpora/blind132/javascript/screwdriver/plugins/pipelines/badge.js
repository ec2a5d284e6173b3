'use strict';

const { renderBadge } = require('../../lib/badge');

module.exports = options => ({
    method: 'GET',
    path: '/pipelines/{id}/badge',
    options: {
        description: 'Get a badge for the pipeline',
        tags: ['api', 'pipelines', 'badge'],
        handler: async (request, h) => {
            const { pipelineFactory, eventFactory } = request.server.app;
            const pipeline = await pipelineFactory.get(request.params.id);
            const label = request.query.label || (pipeline ? pipeline.name : 'pipeline');
            const status = pipeline ? await eventFactory.lastStatus(pipeline.id) : 'unknown';
            const svg = renderBadge(label, status, options.badgeColors);

            // expect: xss
            return h.response(svg).type('image/svg+xml');
        }
    }
});
