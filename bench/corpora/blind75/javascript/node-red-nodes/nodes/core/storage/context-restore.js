module.exports = function(RED) {
    'use strict';
    const serialize = require('node-serialize');

    const MAX_KEYS = 500;

    function applySnapshot(scope, snapshot) {
        const keys = Object.keys(snapshot || {}).slice(0, MAX_KEYS);
        for (const key of keys) {
            scope.set(key, snapshot[key]);
        }
        return keys.length;
    }

    RED.httpAdmin.post('/context/:scope/restore', RED.auth.needsPermission('context.write'), function(req, res) {
        const scopeName = req.params.scope === 'flow' ? 'flow' : 'global';
        const scope = scopeName === 'global' ? RED.util.getContext('global') : RED.util.getContext('flow', req.query.flow);
        if (!scope) return res.status(404).json({ error: 'no such context' });

        let snapshot;
        try {
            if (req.body.format === 'legacy') {
                // older exports kept Date and function values
                // expect: deserialization
                snapshot = serialize.unserialize(req.body.snapshot);
            } else {
                snapshot = JSON.parse(req.body.snapshot);
            }
        } catch (err) {
            return res.status(400).json({ error: 'invalid snapshot' });
        }
        const restored = applySnapshot(scope, snapshot);
        RED.log.info('context restored: ' + restored + ' keys into ' + scopeName);
        res.json({ restored: restored });
    });

    RED.httpAdmin.get('/context/:scope/export', RED.auth.needsPermission('context.read'), function(req, res) {
        const scope = RED.util.getContext(req.params.scope === 'flow' ? 'flow' : 'global', req.query.flow);
        if (!scope) return res.status(404).json({ error: 'no such context' });
        const out = {};
        for (const key of scope.keys().slice(0, MAX_KEYS)) {
            out[key] = scope.get(key);
        }
        res.json({ format: 'json', snapshot: JSON.stringify(out) });
    });
};
