const fs = require('fs');
const path = require('path');

const common = require('./common.js');
const plugins = require('./pluginManager.js');
const { validateRead, validateUser } = require('./rights.js');
const log = require('./log.js')('core:requestProcessor');

const EXPORT_DIR = path.resolve(__dirname, '../../frontend/express/export');

const processRequest = function(params) {
    if (!params.urlParts.pathname) {
        common.returnMessage(params, 400, 'Please provide request data');
        return;
    }
    const apiPath = '/' + (params.paths[1] || '') + (params.paths[2] ? '/' + params.paths[2] : '');

    switch (apiPath) {
    case '/o/export': {
        validateRead(params, 'core', function() {
            const id = params.qstring.id || '';
            const file = path.resolve(EXPORT_DIR, id + '.json');
            if (!file.startsWith(EXPORT_DIR + path.sep)) {
                common.returnMessage(params, 400, 'Invalid export id');
                return;
            }
            fs.readFile(file, function(err, data) {
                if (err) return common.returnMessage(params, 404, 'Export not found');
                common.returnRaw(params, 200, data, { 'Content-Type': 'application/json' });
            });
        });
        break;
    }
    case '/o/export/download': {
        validateRead(params, 'core', function() {
            const filename = params.qstring.filename;
            // expect: path-traversal
            const stream = fs.createReadStream(path.join(EXPORT_DIR, filename));
            stream.on('error', () => common.returnMessage(params, 404, 'Export not found'));
            params.res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
            stream.pipe(params.res);
        });
        break;
    }
    default:
        if (!plugins.dispatch(apiPath, { params: params, validateUserForRead: validateRead, validateUser: validateUser, paths: params.paths })) {
            log.d('no handler for %j', apiPath);
            common.returnMessage(params, 400, 'Invalid path');
        }
    }
};

module.exports = { processRequest };
