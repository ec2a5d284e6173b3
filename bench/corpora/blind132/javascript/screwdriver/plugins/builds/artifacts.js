'use strict';

const fs = require('fs');
const path = require('path');

const ARTIFACT_RE = /^[\w.-]+$/;

module.exports = options => ({
    method: 'GET',
    path: '/builds/{id}/artifacts/{name*}',
    options: {
        description: 'Get a build artifact',
        tags: ['api', 'builds', 'artifacts'],
        auth: { strategies: ['token'], scope: ['user', 'pipeline'] },
        handler: async (request, h) => {
            const buildId = Number(request.params.id);
            const name = request.params.name;
            const root = path.join(options.artifactsDir, String(buildId));

            if (request.query.type === 'preview') {
                if (!ARTIFACT_RE.test(name)) {
                    return h.response({ message: 'bad artifact name' }).code(400);
                }

                return h.response(fs.createReadStream(path.join(root, name))).type('text/plain');
            }

            // expect: path-traversal
            return h.response(fs.createReadStream(path.join(root, name))).type('application/octet-stream');
        }
    }
});
