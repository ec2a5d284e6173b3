"use strict";

const express = require('express');
const multer = require('multer');
const log = require('../services/log');
const auth = require('../services/auth');
const csrfMiddleware = require('./csrf_protection');
const sql = require('../services/sql');
const filesRoute = require('./api/files');
const scriptRoute = require('./api/script');
const searchRoute = require('./api/search');

const GET = 'get', POST = 'post', PUT = 'put';

function apiResultHandler(req, res, result) {
    if (result === undefined) {
        return res.sendStatus(204);
    }
    res.setHeader('Content-Type', 'application/json');
    res.status(200).send(JSON.stringify(result));
}

function route(router, method, path, middleware, routeHandler, resultHandler = apiResultHandler) {
    router[method](path, ...middleware, (req, res, next) => {
        try {
            const result = sql.transactional(() => routeHandler(req, res, next));
            if (resultHandler) {
                if (result && result.then) {
                    result.then(r => resultHandler(req, res, r)).catch(e => next(e));
                } else {
                    resultHandler(req, res, result);
                }
            }
        } catch (e) {
            log.error(`${method} ${path} threw exception: ${e.message}`);
            res.status(500).send(e.message);
        }
    });
}

function register(app) {
    const router = express.Router();
    const apiRoute = (method, path, handler) => route(router, method, path, [auth.checkApiAuth, csrfMiddleware], handler);

    apiRoute(POST, '/api/script/exec', scriptRoute.exec);
    apiRoute(POST, '/api/script/run/:noteId', scriptRoute.run);
    apiRoute(GET, '/api/script/startup', scriptRoute.getStartupBundles);
    apiRoute(GET, '/api/quick-search/:searchString', searchRoute.quickSearch);
    apiRoute(GET, '/api/search/attribute', searchRoute.searchByAttribute);
    apiRoute(GET, '/api/notes/:noteId/related', searchRoute.getRelatedNotes);
    apiRoute(POST, '/api/notes/:noteId/save-to-tmp-dir', filesRoute.saveToTmpDir);
    apiRoute(PUT, '/api/notes/:noteId/file/upload-modified', filesRoute.uploadModifiedFileToNote);
    route(router, GET, '/api/tmp-file', [auth.checkApiAuth], filesRoute.openTmpFile, null);
    route(router, GET, '/api/notes/:noteId/image-preview', [auth.checkApiAuth], filesRoute.renderImagePreview, null);
    route(router, GET, '/api/notes/:noteId/download', [auth.checkApiAuth], filesRoute.downloadAttachment, null);

    app.use('', router);
}

module.exports = { register };
