module.exports = function(RED) {
    'use strict';
    const fs = require('fs');
    const fsp = require('fs/promises');
    const path = require('path');

    const libDir = path.resolve(RED.settings.userDir || '.', 'lib');

    function resolveInLibrary(type, name) {
        const full = path.resolve(libDir, type, name);
        if (full !== libDir && !full.startsWith(libDir + path.sep)) {
            return null;
        }
        return full;
    }

    RED.httpAdmin.get('/library/:type/entries', RED.auth.needsPermission('library.read'), async function(req, res) {
        const dir = resolveInLibrary(req.params.type, '');
        if (!dir) return res.status(400).json({ error: 'bad type' });
        try {
            const entries = await fsp.readdir(dir);
            res.json(entries.filter((e) => !e.startsWith('.')));
        } catch (err) {
            res.json([]);
        }
    });

    RED.httpAdmin.get('/library/:type/entry/*', RED.auth.needsPermission('library.read'), function(req, res) {
        const full = resolveInLibrary(req.params.type, req.params[0]);
        if (!full) {
            return res.status(400).json({ error: 'invalid path' });
        }
        fs.readFile(full, 'utf8', function(err, data) {
            if (err) return res.status(404).end();
            res.type('text/plain').send(data);
        });
    });

    RED.httpAdmin.post('/library/:type/entry/*', RED.auth.needsPermission('library.write'), function(req, res) {
        const relative = req.params[0];
        const target = path.join(libDir, req.params.type, relative);
        const body = typeof req.body.text === 'string' ? req.body.text : JSON.stringify(req.body);
        // expect: path-traversal
        fs.writeFile(target, body, 'utf8', function(err) {
            if (err) {
                RED.log.warn('library write failed');
                return res.status(500).end();
            }
            res.sendStatus(204);
        });
    });

    RED.httpAdmin.get('/library/:type/download', RED.auth.needsPermission('library.read'), function(req, res) {
        const name = req.query.name || 'flows.json';
        // expect: path-traversal
        res.download(path.join(libDir, req.params.type, name));
    });
};
