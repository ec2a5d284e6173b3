const http = require('http');
const url = require('url');
const querystring = require('querystring');

const common = require('./utils/common.js');
const { processRequest } = require('./utils/requestProcessor.js');
const plugins = require('./utils/pluginManager.js');
const log = require('./utils/log.js')('core:api');

const MAX_BODY = 1024 * 1024;

plugins.loadAll(['dbviewer', 'crashes', 'reports', 'hooks']);

const server = http.createServer(function(req, res) {
    const urlParts = url.parse(req.url, true);
    const params = {
        qstring: Object.assign({}, urlParts.query),
        href: urlParts.href,
        res: res,
        req: req,
        urlParts: urlParts,
        paths: urlParts.pathname.split('/'),
        fullPath: urlParts.pathname,
        ip_address: req.headers['x-real-ip'] || req.socket.remoteAddress,
    };

    if (req.method.toLowerCase() === 'post') {
        let body = '';
        req.on('data', function(chunk) {
            body += chunk;
            if (body.length > MAX_BODY) {
                common.returnMessage(params, 413, 'Request entity too large');
                req.destroy();
            }
        });
        req.on('end', function() {
            let posted = {};
            if ((req.headers['content-type'] || '').includes('application/json')) {
                try {
                    posted = JSON.parse(body);
                }
                catch (ex) {
                    log.d('body is not json');
                }
            }
            else {
                posted = querystring.parse(body);
            }
            Object.assign(params.qstring, posted);
            processRequest(params);
        });
    }
    else {
        processRequest(params);
    }
});

server.listen(common.config.api.port, common.config.api.host || '127.0.0.1');
