'use strict';

const url = require('url');
const routeGET = require('./routeGET');
const routePUT = require('./routePUT');

function normalizeRequest(req) {
    const parsed = url.parse(req.url, true);
    const parts = parsed.pathname.split('/').filter(Boolean);
    req.query = parsed.query;
    req.bucketName = parts[0];
    req.objectKey = parts.length > 1 ? decodeURIComponent(parts.slice(1).join('/')) : undefined;
    return req;
}

module.exports = function routes(req, res, api, log) {
    const request = normalizeRequest(req);
    const handlers = { GET: routeGET, PUT: routePUT };
    const handler = handlers[req.method];
    if (!handler) {
        res.writeHead(405);
        return res.end();
    }
    return handler(request, res, api, log);
};
