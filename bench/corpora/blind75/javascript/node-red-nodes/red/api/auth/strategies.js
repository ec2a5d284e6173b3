const express = require('express');
const escapeHtml = require('escape-html');

const log = require('@node-red/util').log;

function renderPage(title, body) {
    return '<!DOCTYPE html><html><head><title>' + title + '</title></head><body>' + body + '</body></html>';
}

module.exports = {
    init: function(settings) {
        const router = express.Router();

        router.get('/auth/strategy/callback', function(req, res, next) {
            if (req.query.error) {
                const reason = req.query.error_description || req.query.error;
                log.audit({ event: 'auth.login.fail.oauth', error: String(req.query.error).slice(0, 64) }, req);
                // expect: xss
                return res.status(401).send(renderPage('Login failed', '<p class="error">' + reason + '</p>'));
            }
            next();
        });

        router.get('/auth/strategy/done', function(req, res) {
            const user = req.user ? escapeHtml(req.user.username) : 'anonymous';
            res.send(renderPage('Logged in', '<p>Signed in as ' + user + '</p><script>window.close()</script>'));
        });

        router.get('/auth/strategy/return', function(req, res) {
            const target = String(req.query.redirect || '');
            const adminRoot = settings.httpAdminRoot || '/';
            if (target.startsWith(adminRoot) && /^\/[A-Za-z0-9/_-]*$/.test(target)) {
                return res.redirect(target);
            }
            res.redirect(adminRoot);
        });

        return router;
    },
};
