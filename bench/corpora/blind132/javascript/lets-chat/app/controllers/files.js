'use strict';

module.exports = function() {
    var app = this.app,
        core = this.core,
        middlewares = this.middlewares;

    // /files/:id/:name - the stored id names the file, the name is for the browser
    app.get('/files/:id/:name', middlewares.requireLogin, function(req, res) {
        if (req.query.download === 'raw') {
            return core.files.streamByName(req.params.name, res);
        }
        core.files.getUrl(req.params.id, function(err, file) {
            if (err || !file) {
                return res.sendStatus(404);
            }
            core.files.streamStored(file, res);
        });
    });
};
