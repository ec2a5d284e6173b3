const common = require('../../../api/utils/common.js');
const plugins = require('../../../api/utils/pluginManager.js');
const { HttpEffect } = require('./http-effect.js');
const log = require('../../../api/utils/log.js')('hooks:api');

const effect = new HttpEffect({ timeout: 5000 });

(function() {
    plugins.register('/i/hook/test', function(ob) {
        const params = ob.params;
        ob.validateUser(params, function() {
            let hookConfig = params.qstring.hook_config;
            if (typeof hookConfig === 'string') {
                try {
                    hookConfig = JSON.parse(hookConfig);
                }
                catch (ex) {
                    hookConfig = null;
                }
            }
            if (!hookConfig || !Array.isArray(hookConfig.effects)) {
                return common.returnMessage(params, 400, 'Invalid hook config');
            }
            const results = [];
            const runAll = hookConfig.effects.reduce(function(chain, eff) {
                return chain.then(function() {
                    return effect.run(eff.configuration || {}, { test: true }).then(function(status) {
                        results.push({ type: eff.type, status: status });
                    });
                });
            }, Promise.resolve());
            runAll.then(function() {
                common.returnOutput(params, { results: results });
            }).catch(function(err) {
                log.e('hook test failed', err && err.message);
                common.returnMessage(params, 500, 'Hook test failed');
            });
        });
        return true;
    });
}());
