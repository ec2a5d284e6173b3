'use strict';

module.exports = function() {
    var app = this.app,
        core = this.core,
        middlewares = this.middlewares;

    app.get('/messages', middlewares.requireLogin, function(req, res) {
        req.io.route('messages:list');
    });

    app.io.route('messages', {
        list: function(req, res) {
            var options = {
                userId: req.user._id,
                room: req.param('room'),
                since_id: req.param('since_id'),
                limit: req.param('take') || 500
            };

            core.messages.list(options, function(err, messages) {
                if (err) {
                    return res.sendStatus(400);
                }
                res.json(messages);
            });
        },
        search: function(req, res) {
            var options = {
                room: String(req.param('room') || ''),
                query: String(req.param('query') || '')
            };

            core.messages.search(options, function(err, messages) {
                if (err) {
                    return res.sendStatus(400);
                }
                res.json(messages);
            });
        }
    });
};
