'use strict';

const vm = require('vm');
const Joi = require('joi');
const Boom = require('@hapi/boom');
const { Parser } = require('expr-eval');
const { Chart } = require('@datawrapper/orm/models');

const parser = new Parser({ operators: { assignment: false, fndef: false } });
const MAX_ROWS = 50;

module.exports = (server) => {
    // GET /v3/charts/{id}/computed : values of the chart's saved computed columns (expr-eval formulas)
    server.route({
        method: 'GET',
        path: '/computed',
        options: { auth: { access: { scope: ['chart:read'] } } },
        async handler(request) {
            const chart = await Chart.findByPk(request.params.id);
            if (!chart) throw Boom.notFound();
            const rows = (await chart.getDataRows()).slice(0, MAX_ROWS);
            const columns = chart.metadata.describe?.['computed-columns'] || [];
            return columns.map(col => {
                const expr = parser.parse(String(col.formula));
                return { name: col.name, values: rows.map(row => expr.evaluate({ ...row })) };
            });
        }
    });

    // POST /v3/charts/{id}/computed/test { formula } : "try it" button of the formula editor
    server.route({
        method: 'POST',
        path: '/computed/test',
        options: {
            auth: { access: { scope: ['chart:write'] } },
            validate: { payload: Joi.object({ formula: Joi.string().max(2000).required() }) }
        },
        async handler(request) {
            const chart = await Chart.findByPk(request.params.id);
            if (!chart) throw Boom.notFound();
            const rows = (await chart.getDataRows()).slice(0, 5);
            const results = [];
            for (const row of rows) {
                try {
                    // expect: code-injection
                    results.push(vm.runInNewContext(request.payload.formula, { ...row, Math }, { timeout: 50 }));
                } catch (err) {
                    results.push({ error: err.message });
                }
            }
            return { results };
        }
    });
};
