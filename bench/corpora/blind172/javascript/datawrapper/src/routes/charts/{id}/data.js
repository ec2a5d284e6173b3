'use strict';

const Joi = require('joi');
const Boom = require('@hapi/boom');
const { Chart } = require('@datawrapper/orm/models');
const { noContentResponse } = require('../../../schemas/response');
const { fetchExternalData, fetchUploadedUrl } = require('../../../utils/externalData');

module.exports = (server) => {
    // GET /v3/charts/{id}/data
    server.route({
        method: 'GET',
        path: '/data',
        options: {
            tags: ['api'],
            auth: { access: { scope: ['chart:read'] } },
            validate: { params: Joi.object({ id: Joi.string().length(5).required() }) }
        },
        async handler(request, h) {
            const chart = await Chart.findByPk(request.params.id);
            if (!chart) throw Boom.notFound();
            const { externalData, upload } = chart.metadata.data || {};
            // the stored source was checked when the chart owner saved it (see PUT below)
            if (externalData) return h.response(await fetchExternalData(externalData)).type('text/csv');
            return h.response(await chart.getData()).type(upload === 'json' ? 'application/json' : 'text/csv');
        }
    });

    // PUT /v3/charts/{id}/data/source { url } : link a chart to a published spreadsheet
    server.route({
        method: 'PUT',
        path: '/data/source',
        options: {
            tags: ['api'],
            auth: { access: { scope: ['chart:write'] } },
            validate: {
                params: Joi.object({ id: Joi.string().length(5).required() }),
                payload: Joi.object({ url: Joi.string().uri({ scheme: ['https'] }).required() })
            }
        },
        async handler(request, h) {
            const chart = await Chart.findByPk(request.params.id);
            if (!chart) throw Boom.notFound();
            await chart.update({ metadata: { ...chart.metadata, data: { ...chart.metadata.data, externalData: request.payload.url } } });
            return noContentResponse(h);
        }
    });

    // POST /v3/charts/{id}/data/import { url } : copy the data once from a URL the user pastes
    server.route({
        method: 'POST',
        path: '/data/import',
        options: {
            tags: ['api'],
            auth: { access: { scope: ['chart:write'] } },
            validate: {
                params: Joi.object({ id: Joi.string().length(5).required() }),
                payload: Joi.object({ url: Joi.string().uri({ scheme: ['http', 'https'] }).required() })
            }
        },
        async handler(request, h) {
            const chart = await Chart.findByPk(request.params.id);
            if (!chart) throw Boom.notFound();
            const csv = await fetchUploadedUrl(request.payload.url);
            await chart.setData(csv);
            return noContentResponse(h);
        }
    });
};
