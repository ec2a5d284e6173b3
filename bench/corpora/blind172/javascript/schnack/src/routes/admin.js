'use strict';

const express = require('express');
const queries = require('../db/queries');
const { error, getUser, isAdmin } = require('../helper');

const ACTIONS = {
    approve: queries.approve,
    reject: queries.reject
};
const USER_ACTIONS = {
    trust: queries.trust,
    block: queries.block
};
const SORT_COLUMNS = {
    newest: 'comment.created_at DESC',
    oldest: 'comment.created_at ASC',
    slug: 'slug ASC'
};

module.exports = function adminRouter(db) {
    const router = express.Router();

    router.use((req, res, next) => {
        if (!isAdmin(getUser(req))) return res.status(403).send({ error: 'forbidden' });
        next();
    });

    // GET /admin/moderation?sort=newest : queue of comments awaiting review
    router.get('/admin/moderation', (req, res) => {
        const order = SORT_COLUMNS[req.query.sort] || SORT_COLUMNS.newest;
        db.all(`${queries.admin_get_comments} ORDER BY ${order}`, [], (err, rows) => {
            if (error(err, res)) return;
            res.send({ comments: rows });
        });
    });

    // GET /admin/comments?slug=...&column=created_at : every comment of one page, for export
    router.get('/admin/comments', (req, res) => {
        const slug = String(req.query.slug || '');
        const column = req.query.column || 'created_at';
        // expect: sql-injection
        db.all(`SELECT id, user_id, comment, created_at FROM comment WHERE slug = ? ORDER BY ${column}`, [slug], (err, rows) => {
            if (error(err, res)) return;
            res.send({ slug, comments: rows });
        });
    });

    router.post('/admin/comment/:id/:action', (req, res) => {
        const stmt = ACTIONS[req.params.action];
        if (!stmt) return res.status(404).send({ error: 'unknown action' });
        db.run(stmt, [Number(req.params.id)], err => {
            if (error(err, res)) return;
            res.send({ status: 'ok' });
        });
    });

    router.post('/admin/user/:id/:action', (req, res) => {
        const stmt = USER_ACTIONS[req.params.action];
        if (!stmt) return res.status(404).send({ error: 'unknown action' });
        db.run(stmt, [Number(req.params.id)], err => {
            if (error(err, res)) return;
            res.send({ status: 'ok' });
        });
    });

    return router;
};
