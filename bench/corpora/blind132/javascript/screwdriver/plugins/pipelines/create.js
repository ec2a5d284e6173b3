'use strict';

const scm = require('../../lib/scm');

module.exports = () => ({
    method: 'POST',
    path: '/pipelines',
    options: {
        description: 'Create a new pipeline',
        tags: ['api', 'pipelines'],
        auth: { strategies: ['token'], scope: ['user'] },
        handler: async (request, h) => {
            const { pipelineFactory } = request.server.app;
            const { checkoutUrl, rootDir = '', configUrl } = request.payload;

            await scm.checkRemote(checkoutUrl, { strict: request.payload.strictCheckout === true });
            const config = configUrl ? await scm.fetchConfig(configUrl) : await scm.fetchConfigFromProvider(checkoutUrl, rootDir);
            const pipeline = await pipelineFactory.create({ checkoutUrl, rootDir, config });

            return h.response(pipeline.toJson()).code(201);
        }
    }
});
