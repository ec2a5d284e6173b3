module.exports = function(RED) {
    'use strict';
    const vm = require('vm');
    const util = require('util');

    function sandboxFor(msg) {
        return {
            msg: msg,
            console: { log: (...a) => RED.log.info(util.format(...a)) },
            JSON: JSON,
            Math: Math,
            Date: Date,
        };
    }

    RED.httpAdmin.post('/function/test', RED.auth.needsPermission('flows.write'), function(req, res) {
        const func = req.body.func;
        const testMsg = Object.assign({ payload: null }, req.body.msg);
        if (typeof func !== 'string' || func.length > 20000) {
            return res.status(400).json({ error: 'func must be a string' });
        }
        const src = '(function(msg){\n' + func + '\n})(msg);';
        try {
            // expect: code-injection
            const result = vm.runInNewContext(src, sandboxFor(testMsg), { timeout: 1000 });
            res.json({ result: result === undefined ? null : result });
        } catch (err) {
            res.status(400).json({ error: String(err && err.message) });
        }
    });

    RED.httpAdmin.post('/function/lint', RED.auth.needsPermission('flows.read'), function(req, res) {
        const func = String(req.body.func || '');
        try {
            new vm.Script('(function(msg){\n' + 'return msg;' + '\n})', { filename: 'lint.js' });
            res.json({ ok: true, length: func.length });
        } catch (err) {
            res.status(400).json({ error: err.message });
        }
    });
};
