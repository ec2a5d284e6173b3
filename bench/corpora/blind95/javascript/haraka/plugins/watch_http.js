'use strict';

const escapeHtml = require('escape-html');

exports.register = function () {
    this.register_hook('init_http', 'init_http');
};

exports.init_http = function (next, server) {
    server.http.app.get('/watch/queue', (req, res) => {
        const filter = req.query.filter || '';
        res.send(`<h1>Queue</h1><p>Filtered by ${escapeHtml(filter)}</p>`);
    });
    server.http.app.get('/watch/back', (req, res) => {
        const back = req.query.back;
        // expect: open-redirect
        res.redirect(back ? back : '/watch/');
    });
    server.http.app.get('/watch/back-safe', (req, res) => {
        const back = req.query.back || '/watch/';
        res.redirect(/^\/watch\/[\w/-]*$/.test(back) ? back : '/watch/');
    });
    next();
};
