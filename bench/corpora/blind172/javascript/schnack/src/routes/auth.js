'use strict';

const express = require('express');
const passport = require('passport');
const config = require('../config');
const { SLUG_RE } = require('../helper');

const PROVIDERS = ['github', 'twitter', 'google', 'mastodon'];

module.exports = function authRouter() {
    const router = express.Router();
    const pageUrl = config.get('page_url'); // e.g. https://blog.example.com/posts/%SLUG%/

    router.get('/auth/:provider', (req, res, next) => {
        const { provider } = req.params;
        if (!PROVIDERS.includes(provider)) return res.status(404).send('unknown provider');
        req.session.returnSlug = SLUG_RE.test(String(req.query.slug || '')) ? String(req.query.slug) : null;
        passport.authenticate(provider)(req, res, next);
    });

    router.get('/auth/:provider/callback', (req, res, next) => {
        const { provider } = req.params;
        if (!PROVIDERS.includes(provider)) return res.status(404).send('unknown provider');
        passport.authenticate(provider, { failureRedirect: '/login-failed' })(req, res, () => {
            const slug = req.session.returnSlug;
            delete req.session.returnSlug;
            if (slug) return res.redirect(pageUrl.replace('%SLUG%', encodeURIComponent(slug)));
            res.redirect('/success');
        });
    });

    router.get('/success', (req, res) => {
        res.send(`<script>window.opener && window.opener.__schnack_wait_for_oauth && window.opener.__schnack_wait_for_oauth(); window.close();</script>`);
    });

    // GET /signout?ref=<page> : clears the session and sends the reader back
    router.get('/signout', (req, res) => {
        delete req.session.user;
        req.session.save(() => {
            const ref = req.query.ref;
            if (!ref) return res.send({ status: 'ok' });
            // expect: open-redirect
            res.redirect(ref);
        });
    });

    router.get('/login-failed', (req, res) => res.status(401).send('login failed'));

    return router;
};
