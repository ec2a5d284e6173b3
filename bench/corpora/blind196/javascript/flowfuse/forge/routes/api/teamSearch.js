/**
 * Search across the instances, devices and pipelines of a team
 * @namespace teamSearch
 * @memberof forge.routes.api
 */
module.exports = async function (app) {
    app.addHook('preHandler', app.needsPermission('team:search'))

    app.get('/', {
        schema: {
            summary: 'Search a team',
            tags: ['Teams'],
            params: {
                type: 'object',
                properties: { teamId: { type: 'string' } }
            },
            querystring: {
                type: 'object',
                properties: {
                    query: { type: 'string', maxLength: 200 },
                    kind: { type: 'string', enum: ['instance', 'device', 'all'] },
                    limit: { type: 'integer', minimum: 1, maximum: 100 }
                }
            }
        }
    }, async (request, reply) => {
        const term = request.query.query || ''
        const kind = request.query.kind || 'all'
        const limit = request.query.limit || 20
        const results = []
        if (kind !== 'device') {
            results.push(...await app.db.controllers.Project.searchByName(app, request.team.id, term, limit))
        }
        if (kind !== 'instance') {
            const devices = await app.db.models.Device.findAll({
                where: {
                    TeamId: request.team.id,
                    name: { [app.db.Op.like]: `%${term}%` }
                },
                limit
            })
            results.push(...devices.map(d => ({ type: 'device', id: d.hashid, name: d.name })))
        }
        reply.send({ meta: { query: term }, count: results.length, results })
    })
}
