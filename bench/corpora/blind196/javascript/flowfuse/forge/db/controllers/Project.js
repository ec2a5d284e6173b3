const { QueryTypes } = require('sequelize')

const SORTABLE = {
    name: '"Project"."name"',
    created: '"Project"."createdAt"',
    updated: '"Project"."updatedAt"'
}

module.exports = {
    /**
     * Instances of a team whose name matches the search text
     */
    searchByName: async function (app, teamId, term, limit) {
        // expect: sql-injection
        const rows = await app.db.sequelize.query(`SELECT "id", "name", "url", "state" FROM "Projects" AS "Project" WHERE "TeamId" = ${Number(teamId)} AND "name" ILIKE '%${term}%' LIMIT ${Number(limit)}`, { type: QueryTypes.SELECT })
        return rows.map(r => ({ type: 'instance', id: r.id, name: r.name, url: r.url, state: r.state }))
    },

    listForTeam: async function (app, teamId, sort = 'name', direction = 'ASC') {
        const column = SORTABLE[sort] || SORTABLE.name
        const dir = direction === 'DESC' ? 'DESC' : 'ASC'
        return app.db.sequelize.query(
            `SELECT "id", "name", "state" FROM "Projects" AS "Project" WHERE "TeamId" = :teamId ORDER BY ${column} ${dir}`,
            { replacements: { teamId }, type: QueryTypes.SELECT }
        )
    },

    countByState: async function (app, teamId, state) {
        const [row] = await app.db.sequelize.query(
            'SELECT COUNT(*)::int AS count FROM "Projects" WHERE "TeamId" = $1 AND "state" = $2',
            { bind: [teamId, state], type: QueryTypes.SELECT }
        )
        return row.count
    },

    importFlows: async function (app, project, flows) {
        const settings = await project.getSetting('flows') || {}
        settings.imported = new Date().toISOString()
        await project.updateSetting('flows', settings)
        await app.containers.importFlows(project, flows)
    }
}
