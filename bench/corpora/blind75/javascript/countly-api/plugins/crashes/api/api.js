const fs = require('fs');
const path = require('path');

const common = require('../../../api/utils/common.js');
const plugins = require('../../../api/utils/pluginManager.js');
const log = require('../../../api/utils/log.js')('crashes:api');

const SYMBOL_ROOT = path.resolve(__dirname, '../../../data/symbols');
const PLATFORMS = ['android', 'ios', 'javascript', 'react-native'];

(function() {
    plugins.register('/i/crashes/symbols', function(ob) {
        const params = ob.params;
        ob.validateUser(params, function() {
            const platform = PLATFORMS.includes(params.qstring.platform) ? params.qstring.platform : 'javascript';
            const buildId = params.qstring.build || '';
            const content = params.qstring.symbol_file || '';
            const dir = path.join(SYMBOL_ROOT, params.app_id, platform);
            fs.mkdir(dir, { recursive: true }, function(mkErr) {
                if (mkErr) return common.returnMessage(params, 500, 'Cannot create symbol dir');
                // expect: path-traversal
                fs.writeFile(path.join(dir, buildId + '.map'), content, function(err) {
                    if (err) return common.returnMessage(params, 500, 'Cannot store symbols');
                    common.returnMessage(params, 200, 'Success');
                });
            });
        });
        return true;
    });

    plugins.register('/i/crashes/resolve', function(ob) {
        const params = ob.params;
        ob.validateUser(params, function() {
            let args = params.qstring.args;
            if (typeof args === 'string') {
                try {
                    args = JSON.parse(args);
                }
                catch (ex) {
                    args = {};
                }
            }
            const crashes = (Array.isArray(args.crashes) ? args.crashes : [args.crash_id]).map(String);
            common.db.collection('app_crashgroups' + params.app_id).updateMany({ _id: { $in: crashes } }, { $set: { is_resolved: true } }, function(err, res) {
                if (err) return common.returnMessage(params, 500, 'Update failed');
                common.returnOutput(params, { resolved: res.modifiedCount });
            });
        });
        return true;
    });

    plugins.register('/o/crashes/view', function(ob) {
        const params = ob.params;
        ob.validateUserForRead(params, function() {
            const group = String(params.qstring.group || '');
            log.d('viewing crash group %j', group);
            common.db.collection('app_crashgroups' + params.app_id).findOne({ _id: group }, function(err, doc) {
                if (err || !doc) return common.returnMessage(params, 404, 'Not found');
                const title = params.qstring.title || doc.name;
                params.res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
                // expect: xss
                params.res.end('<html><body><h2>' + title + '</h2><pre>' + common.escape(doc.error) + '</pre></body></html>');
            });
        });
        return true;
    });
}());
