'use strict';

const express = require('express');
const marked = require('marked');
const sanitizeHtml = require('sanitize-html');

const queries = require('../db/queries');
const { error, getUser, isAdmin, checkValidComment, SLUG_RE } = require('../helper');
const events = require('../events');

const CALLBACK_RE = /^[A-Za-z_$][\w$]{0,63}$/;

module.exports = function commentsRouter(db) {
    const router = express.Router();

    router.get('/comments/:slug', (req, res) => {
        const { slug } = req.params;
        const user = getUser(req) || {};
        db.all(queries.get_comments, [slug, user.id || -1], (err, rows) => {
            if (error(err, res)) return;
            const comments = rows.map(c => ({
                ...c,
                comment: sanitizeHtml(marked.parse(c.comment), { allowedTags: ['p', 'em', 'strong', 'a', 'code', 'pre', 'blockquote'] })
            }));
            res.send({ user: getUser(req), slug, admin: isAdmin(user), comments });
        });
    });

    // GET /comments/:slug/count?callback=fn : JSONP used by the "N comments" badges of static blogs
    router.get('/comments/:slug/count', (req, res) => {
        const { slug } = req.params;
        if (!SLUG_RE.test(slug)) return res.status(400).send('bad slug');
        db.get(queries.comment_count, [slug], (err, row) => {
            if (error(err, res)) return;
            const callback = String(req.query.callback || 'schnackCount');
            res.type('application/javascript');
            // expect: xss
            res.send(`${callback}(${JSON.stringify({ slug, count: row.n })});`);
        });
    });

    // same badge data through Express's own JSONP (it strips the callback to [\w$.\[\]])
    router.get('/comments/:slug/count.json', (req, res) => {
        db.get(queries.comment_count, [req.params.slug], (err, row) => {
            if (error(err, res)) return;
            res.jsonp({ slug: req.params.slug, count: row.n });
        });
    });

    router.post('/comments/:slug', (req, res) => {
        const { slug } = req.params;
        const { comment, replyTo } = req.body;
        const user = getUser(req);
        if (!user) return res.status(403).send({ error: 'not signed in' });
        checkValidComment(db, slug, user.id, comment, replyTo, err => {
            if (err) return res.status(400).send({ error: String(err) });
            db.run(queries.insert, [user.id, slug, comment, replyTo ? Number(replyTo) : null], function onInsert(e) {
                if (error(e, res)) return;
                events.emit('new-comment', { id: this.lastID, slug, user, comment });
                res.send({ status: 'ok', id: this.lastID });
            });
        });
    });

    router.get('/widget-config.js', (req, res) => {
        const callback = String(req.query.callback || '');
        if (!CALLBACK_RE.test(callback)) return res.status(400).send('// bad callback');
        res.type('application/javascript').send(`${callback}(${JSON.stringify({ version: 2 })});`);
    });

    return router;
};
