'use strict';

const Joi = require('joi');
const Boom = require('@hapi/boom');
const { Chart } = require('@datawrapper/orm/models');
const { mergeMetadata } = require('../../../utils/escape');

function setPath(target, dotted, value) {
    const keys = String(dotted).split('.');
    let node = target;
    for (const key of keys.slice(0, -1)) {
        if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
        node = node[key];
    }
    // expect: prototype-pollution
    node[keys[keys.length - 1]] = value;
    return target;
}

module.exports = (server) => {
    // PATCH /v3/charts/{id} { metadata } : deep-merge the visualize settings
    server.route({
        method: 'PATCH',
        path: '/metadata',
        options: {
            auth: { access: { scope: ['chart:write'] } },
            validate: { payload: Joi.object({ metadata: Joi.object().unknown(true).required() }) }
        },
        async handler(request) {
            const chart = await Chart.findByPk(request.params.id);
            if (!chart) throw Boom.notFound();
            const metadata = mergeMetadata(JSON.parse(JSON.stringify(chart.metadata)), request.payload.metadata);
            await chart.update({ metadata });
            return { id: chart.id, metadata };
        }
    });

    // PATCH /v3/charts/{id}/metadata/key { key: "visualize.x-grid", value } : one setting by path
    server.route({
        method: 'PATCH',
        path: '/metadata/key',
        options: {
            auth: { access: { scope: ['chart:write'] } },
            validate: { payload: Joi.object({ key: Joi.string().max(200).required(), value: Joi.any() }) }
        },
        async handler(request) {
            const chart = await Chart.findByPk(request.params.id);
            if (!chart) throw Boom.notFound();
            const metadata = setPath(JSON.parse(JSON.stringify(chart.metadata)), request.payload.key, request.payload.value);
            await chart.update({ metadata });
            return { id: chart.id, metadata };
        }
    });
};
