const express = require('express');
const bodyParser = require('body-parser');
const $ = require('../core/app');
const registerDownloadRoutes = require('./download');
const registerPreviewRoutes = require('./preview');
const registerSettingsRoutes = require('./settings');

const BACKEND_PATH = process.env.SUB_STORE_FRONTEND_BACKEND_PATH || '';

function checkBackendPath(req, res, next) {
    if (!BACKEND_PATH) return next();
    if (req.path.startsWith(BACKEND_PATH)) {
        req.url = req.url.slice(BACKEND_PATH.length) || '/';
        return next();
    }
    if (req.path.startsWith('/download/')) return next();
    res.status(404).end();
}

function serve() {
    const app = express();
    app.disable('x-powered-by');
    app.use(bodyParser.json({ limit: '5mb' }));
    app.use(bodyParser.text({ type: 'text/plain', limit: '5mb' }));
    app.use(checkBackendPath);

    registerDownloadRoutes(app);
    registerPreviewRoutes(app);
    registerSettingsRoutes(app);

    app.use((err, req, res, next) => {
        $.error(err.stack || String(err));
        res.status(500).json({ status: 'failed', message: 'Internal error' });
    });

    const host = process.env.SUB_STORE_BACKEND_API_HOST || '127.0.0.1';
    const port = Number(process.env.SUB_STORE_BACKEND_API_PORT || 3000);
    app.listen(port, host, () => {
        $.info(`[BACKEND] listening on ${host}:${port}`);
    });
    return app;
}

module.exports = { serve };
