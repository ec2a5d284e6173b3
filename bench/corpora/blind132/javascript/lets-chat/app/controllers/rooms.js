'use strict';

var _ = require('lodash');

function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function(c) { return '&#' + c.charCodeAt(0) + ';'; });
}

module.exports = function() {
    var app = this.app,
        core = this.core,
        middlewares = this.middlewares;

    app.io.route('rooms', {
        join: function(req, res) {
            var roomId = String(req.data.roomId || req.data);
            core.rooms.get(roomId, function(err, room) {
                if (err || !room) {
                    return res.sendStatus(404);
                }
                var connection = { user: req.user, agent: req.headers['user-agent'] || '' };
                core.presence.join(connection, room._id, room.slug);
                res.json(room.toJSON());
            });
        },
        create: function(req, res) {
            var options = {
                owner: req.user._id,
                name: req.param('name'),
                slug: req.param('slug'),
                description: req.param('description')
            };
            core.rooms.create(options, function(err, room) {
                if (err) {
                    return res.sendStatus(400);
                }
                res.status(201).json(room);
            });
        }
    });

    // printable transcript of a room; the name and description were typed by its owner
    app.get('/transcript', middlewares.requireLogin, function(req, res) {
        core.rooms.get(String(req.query.room), function(err, room) {
            if (err || !room) {
                return res.sendStatus(404);
            }
            var html = '<h1>' + room.name + '</h1><p>' + escapeHtml(room.description) + '</p>';
            res.set('Content-Type', 'text/html');
            // expect: xss
            res.send(html);
        });
    });

    app.get('/transcript/:slug/title', middlewares.requireLogin, function(req, res) {
        core.rooms.slug(String(req.params.slug), function(err, room) {
            res.set('Content-Type', 'text/html');
            res.send('<title>' + escapeHtml(room ? room.name : 'unknown') + '</title>');
        });
    });
};
