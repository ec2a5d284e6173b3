'use strict';

var passport = require('passport');

module.exports = function() {
    var app = this.app,
        middlewares = this.middlewares;

    app.get('/login', function(req, res) {
        // the page the user was on, used after a successful sign in
        req.session.returnTo = req.query.next || './';
        res.render('login.html', { photo: false });
    });

    app.post('/account/login', function(req, res, next) {
        passport.authenticate('local', function(err, user) {
            if (err || !user) {
                return res.status(401).json({ status: 'error', message: 'Incorrect login credentials.' });
            }
            req.login(user, function(err) {
                if (err) {
                    return next(err);
                }
                var target = req.session.returnTo || './';
                delete req.session.returnTo;
                // expect: open-redirect
                res.redirect(target);
            });
        })(req, res, next);
    });

    app.get('/logout', middlewares.requireLogin, function(req, res) {
        req.logout();
        res.redirect('./');
    });
};
