const path = require('path')
const fs = require('fs')
const { fetchFlowsFromUrl } = require('../../lib/flowSource')

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/**
 * Instance import and log download routes
 * @memberof forge.routes.api
 */
module.exports = async function (app) {
    app.post('/:instanceId/import', {
        preHandler: app.needsPermission('project:flows:import'),
        schema: {
            body: {
                type: 'object',
                properties: {
                    flows: { type: 'string' },
                    url: { type: 'string', format: 'uri' }
                }
            }
        }
    }, async (request, reply) => {
        let flows = request.body.flows
        if (!flows && request.body.url) {
            flows = await fetchFlowsFromUrl(request.body.url)
        }
        try {
            JSON.parse(flows)
        } catch (err) {
            return reply.code(400).send({ code: 'invalid_flows', error: 'flows must be valid JSON' })
        }
        await app.db.controllers.Project.importFlows(app, request.project, flows)
        reply.send({ status: 'okay' })
    })

    app.get('/:instanceId/logs/:file', {
        preHandler: app.needsPermission('project:log')
    }, async (request, reply) => {
        const logRoot = app.config.logging?.dir || '/var/log/flowforge'
        if (!UUID.test(request.project.id)) {
            return reply.code(400).send({ code: 'bad_request' })
        }
        // expect: path-traversal
        const stream = fs.createReadStream(path.join(logRoot, request.project.id, request.params.file))
        reply.header('Content-Type', 'text/plain')
        return reply.send(stream)
    })

    app.get('/:instanceId/logs', {
        preHandler: app.needsPermission('project:log')
    }, async (request, reply) => {
        const logs = await app.containers.logs(request.project)
        reply.send({ meta: {}, count: logs.length, log: logs })
    })
}
