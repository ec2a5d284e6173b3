'use strict';

const Joi = require('joi');
const Boom = require('@hapi/boom');
const { Chart } = require('@datawrapper/orm/models');
const { escapeHtml } = require('../../../utils/escape');

const THEMES = ['datawrapper', 'datawrapper-dark', 'default'];

module.exports = (server) => {
    // GET /v3/charts/{id}/embed-codes : snippets shown in the "publish & embed" step
    server.route({
        method: 'GET',
        path: '/embed-codes',
        options: { tags: ['api'], auth: { access: { scope: ['chart:read'] } } },
        async handler(request) {
            const chart = await Chart.findByPk(request.params.id);
            if (!chart) throw Boom.notFound();
            const title = escapeHtml(chart.title);
            const src = `https://datawrapper.dwcdn.net/${chart.id}/${chart.public_version}/`;
            return {
                responsive: `<iframe title="${title}" aria-label="Chart" id="datawrapper-chart-${chart.id}" src="${src}" scrolling="no" frameborder="0" style="width: 0; min-width: 100% !important; border: none;" height="400"></iframe>`,
                static: `<img src="${src}full.png" alt="${title}"/>`
            };
        }
    });

    // GET /v3/charts/{id}/preview-frame?theme=&caption= : HTML wrapper the editor loads in an iframe
    server.route({
        method: 'GET',
        path: '/preview-frame',
        options: {
            auth: { access: { scope: ['chart:read'] } },
            validate: { query: Joi.object({ theme: Joi.string().valid(...THEMES).default('default'), caption: Joi.string().max(500).allow('') }) }
        },
        async handler(request, h) {
            const chart = await Chart.findByPk(request.params.id);
            if (!chart) throw Boom.notFound();
            const { theme, caption } = request.query;
            const head = `<link rel="stylesheet" href="/static/themes/${theme}.css"><title>${escapeHtml(chart.title)}</title>`;
            // expect: xss
            const body = `<div id="chart" data-id="${chart.id}"></div><p class="caption">${caption || ''}</p>`;
            return h.response(`<!doctype html><html><head>${head}</head><body>${body}<script src="/lib/chart-core.js"></script></body></html>`).type('text/html');
        }
    });
};
